import MCDACore

// Hierarchies of the shared reference cases (/work/shared/reference-cases/ahp_hierarchy__*.json),
// with their expected and published values. Judgments are written as in the cases' `matrix_str`,
// one row per string; each row parses to exactly the case's `matrix` doubles.

/// Parses a row such as "1 1/5 2.5": fractions or decimals separated by spaces.
func judgments(_ row: String) -> [Double] {
    row.split(separator: " ").map { token in
        let parts = token.split(separator: "/")
        return parts.count == 2 ? Double(parts[0])! / Double(parts[1])! : Double(token)!
    }
}

/// A complete matrix from rows written as strings (test data only: traps on malformed input).
func pcm(_ elements: [String], _ rows: [String]) -> PairwiseComparisonMatrix {
    try! PairwiseComparisonMatrix(elements: elements, rows: rows.map(judgments))
}

/// An inner node whose matrix compares its children.
func inner(_ name: String, _ elements: [String], _ rows: [String], _ children: [HierarchyNode]) -> HierarchyNode {
    .criteria(name: name, comparisons: pcm(elements, rows), children: children)
}

/// A leaf criterion under which the alternatives are compared.
func leaf(_ name: String, _ alternatives: [String], _ rows: [String]) -> HierarchyNode {
    .alternatives(criterion: name, comparisons: pcm(alternatives, rows))
}

/// Choosing a city to live in (Saaty 2005, ANP book); non-integer judgements 2.5/1.5/3.5.
/// Reference case ahp_hierarchy__saaty2005_cities; sources: Saaty, T.L. (2005) Theory and Applications of the Analytic Network Process, RWS Publications; ahpy tests/test_ahp.py: Bethesda .229 Boston .275 Pittsburgh .385 Santa Fe .111 (precision 3), .2291 .2748 .3852 .1110 (precision 4).
var saaty2005CitiesRoot: HierarchyNode {
    inner("Goal", ["Culture", "Family", "Housing", "Jobs", "Transportation"], [
          "1 1/5 3 1/2 5",
          "5 1 7 1 7",
          "1/3 1/7 1 1/4 3",
          "2 1 4 1 7",
          "1/5 1/7 1/3 1/7 1"], [
        leaf("Culture", ["Bethesda", "Boston", "Pittsburgh", "Santa Fe"], [
              "1 1/2 1 1/2",
              "2 1 2.5 1",
              "1 0.4 1 0.4",
              "2 1 2.5 1"]),
        leaf("Family", ["Bethesda", "Boston", "Pittsburgh", "Santa Fe"], [
              "1 2 1/3 4",
              "1/2 1 1/8 2",
              "3 8 1 9",
              "1/4 1/2 1/9 1"]),
        leaf("Housing", ["Bethesda", "Boston", "Pittsburgh", "Santa Fe"], [
              "1 5 1/2 2.5",
              "1/5 1 1/9 1/4",
              "2 9 1 7",
              "0.4 4 1/7 1"]),
        leaf("Jobs", ["Bethesda", "Boston", "Pittsburgh", "Santa Fe"], [
              "1 1/2 3 4",
              "2 1 6 8",
              "1/3 1/6 1 1",
              "1/4 1/8 1 1"]),
        leaf("Transportation", ["Bethesda", "Boston", "Pittsburgh", "Santa Fe"], [
              "1 1.5 1/2 4",
              "0.6666666666666666 1 0.2857142857142857 2.5",
              "2 3.5 1 9",
              "1/4 0.4 1/9 1"])])
}
let saaty2005CitiesAlternatives = ["Bethesda", "Boston", "Pittsburgh", "Santa Fe"]
/// expected.global_priorities of ahp_hierarchy__saaty2005_cities (tolerance 1e-09).
let saaty2005CitiesExpected = [0.2291036310299361, 0.2747680934504099, 0.3851608703253582, 0.11096740519429595]
/// expected.local of ahp_hierarchy__saaty2005_cities: eigenvector priorities, λmax, CR (Saaty 1980 RI).
let saaty2005CitiesLocal: [String: (priorities: [Double], lambdaMax: Double, cr: Double)] = [
    "Goal": (priorities: [0.15216708320448322, 0.4334543680812483, 0.07155647600567545, 0.3050064323898602, 0.03781564031873292], lambdaMax: 5.225235220930671, cr: 0.050275718957738996),
    "Culture": (priorities: [0.16345533098490375, 0.345160255385798, 0.14622415824350024, 0.345160255385798], lambdaMax: 4.00623057485155, cr: 0.0023076203153888425),
    "Family": (priorities: [0.2096221481940863, 0.09824405778702384, 0.6353502460970222, 0.05678354792186765], lambdaMax: 4.0311955492359575, cr: 0.011553907124428692),
    "Housing": (priorities: [0.2622825333336772, 0.04673652722689935, 0.5713068328397604, 0.11967410659966313], lambdaMax: 4.120761831334792, cr: 0.04472660419807111),
    "Jobs": (priorities: [0.27930414385481345, 0.558608287709627, 0.08684758449436546, 0.0752399839411942], lambdaMax: 4.010362902240899, cr: 0.0038381119410735706),
    "Transportation": (priorities: [0.24888908258723944, 0.15703359740976272, 0.5327227434227537, 0.061354576580244194], lambdaMax: 4.002663139653975, cr: 0.0009863480199906254)]
/// published.values of ahp_hierarchy__saaty2005_cities, tolerance 5e-05: as printed in the source.
let saaty2005CitiesPublished = [0.2291, 0.2748, 0.3852, 0.111] // Bethesda, Boston, Pittsburgh, Santa Fe

/// ahpy README 'Choosing a leader' (2 levels).
/// Reference case ahp_hierarchy__ahpy_readme_leader; sources: ahpy README: target weights Nell .493 Moll .358 Sue .15 (precision 3).
var ahpyReadmeLeaderRoot: HierarchyNode {
    inner("Criteria", ["Experience", "Education", "Charisma", "Age"], [
          "1 4 3 7",
          "1/4 1 1/3 3",
          "1/3 3 1 5",
          "1/7 1/3 1/5 1"], [
        leaf("Experience", ["Moll", "Nell", "Sue"], [
              "1 1/4 4",
              "4 1 9",
              "1/4 1/9 1"]),
        leaf("Education", ["Moll", "Nell", "Sue"], [
              "1 3 1/5",
              "1/3 1 1/7",
              "5 7 1"]),
        leaf("Charisma", ["Moll", "Nell", "Sue"], [
              "1 5 9",
              "1/5 1 4",
              "1/9 1/4 1"]),
        leaf("Age", ["Moll", "Nell", "Sue"], [
              "1 1/3 5",
              "3 1 9",
              "1/5 1/9 1"])])
}
let ahpyReadmeLeaderAlternatives = ["Moll", "Nell", "Sue"]
/// expected.global_priorities of ahp_hierarchy__ahpy_readme_leader (tolerance 1e-09).
let ahpyReadmeLeaderExpected = [0.35813676942236544, 0.4927881882343744, 0.14907504234326027]
/// expected.local of ahp_hierarchy__ahpy_readme_leader: eigenvector priorities, λmax, CR (Saaty 1980 RI).
let ahpyReadmeLeaderLocal: [String: (priorities: [Double], lambdaMax: Double, cr: Double)] = [
    "Criteria": (priorities: [0.5475692389618297, 0.12655528437341862, 0.2699499224522027, 0.05592555421254902], lambdaMax: 4.118418024313366, cr: 0.04385852752346877),
    "Experience": (priorities: [0.21716560880280603, 0.7170650412287761, 0.06576934996841793], lambdaMax: 3.0368955407784193, cr: 0.031806500671051105),
    "Education": (priorities: [0.18839409663911977, 0.08096123199975064, 0.7306446713611296], lambdaMax: 3.064887579872816, cr: 0.055937568855875974),
    "Charisma": (priorities: [0.7428666222020377, 0.19388163339754463, 0.0632517444004177], lambdaMax: 3.0712653127831744, cr: 0.06143561446825378),
    "Age": (priorities: [0.2654333418834975, 0.6716254530142468, 0.06294120510225566], lambdaMax: 3.029063766798437, cr: 0.02505497137796296)]
/// published.values of ahp_hierarchy__ahpy_readme_leader, tolerance 0.0015: ahpy (precision=3) rounds every local weight to 3 decimals before composing, so the README numbers carry up to ~1e-3 of rounding error.
let ahpyReadmeLeaderPublished = [0.358, 0.493, 0.15] // Moll, Nell, Sue

/// ahpy README 'Purchasing a vehicle' (3 levels, non-Saaty entries such as 1/1.13).
/// Reference case ahp_hierarchy__ahpy_readme_vehicle; sources: ahpy README: Odyssey .219, Accord Sedan .215, CR-V .167, Accord Hybrid .15, Element .144, Pilot .106.
var ahpyReadmeVehicleRoot: HierarchyNode {
    inner("Criteria", ["Cost", "Safety", "Style", "Capacity"], [
          "1 3 7 3",
          "1/3 1 9 1",
          "1/7 1/9 1 1/7",
          "1/3 1 7 1"], [
        inner("Cost", ["Price", "Fuel", "Maintenance", "Resale"], [
              "1 2 5 3",
              "1/2 1 2 2",
              "1/5 1/2 1 1/2",
              "1/3 1/2 2 1"], [
            leaf("Price", ["Accord Sedan", "Accord Hybrid", "Pilot", "CR-V", "Element", "Odyssey"], [
                  "1 9 9 1 1/2 5",
                  "1/9 1 1 1/9 1/9 1/7",
                  "1/9 1 1 1/9 1/9 1/7",
                  "1 9 9 1 1/2 5",
                  "2 9 9 2 1 6",
                  "1/5 7 7 1/5 1/6 1"]),
            leaf("Fuel", ["Accord Sedan", "Accord Hybrid", "Pilot", "CR-V", "Element", "Odyssey"], [
                  "1 0.8849557522123894 1.41 1.15 1.24 1.19",
                  "1.13 1 1.59 1.3 1.4 1.35",
                  "0.7092198581560284 0.6289308176100629 1 0.8130081300813008 0.8771929824561404 0.8474576271186441",
                  "0.8695652173913044 0.7692307692307692 1.23 1 1.08 1.04",
                  "0.8064516129032259 0.7142857142857143 1.14 0.9259259259259258 1 0.9615384615384615",
                  "0.8403361344537815 0.7407407407407407 1.18 0.9615384615384615 1.04 1"]),
            leaf("Maintenance", ["Accord Sedan", "Accord Hybrid", "Pilot", "CR-V", "Element", "Odyssey"], [
                  "1 1.5 4 4 4 5",
                  "0.6666666666666666 1 4 4 4 5",
                  "1/4 1/4 1 1 1.2 1",
                  "1/4 1/4 1 1 1 3",
                  "1/4 1/4 0.8333333333333334 1 1 2",
                  "1/5 1/5 1 1/3 1/2 1"]),
            leaf("Resale", ["Accord Sedan", "Accord Hybrid", "Pilot", "CR-V", "Element", "Odyssey"], [
                  "1 3 4 1/2 2 2",
                  "1/3 1 2 1/5 1 1",
                  "1/4 1/2 1 1/6 1/2 1/2",
                  "2 5 6 1 4 4",
                  "1/2 1 2 1/4 1 1",
                  "1/2 1 2 1/4 1 1"])]),
        leaf("Safety", ["Accord Sedan", "Accord Hybrid", "Pilot", "CR-V", "Element", "Odyssey"], [
              "1 1 5 7 9 1/3",
              "1 1 5 7 9 1/3",
              "1/5 1/5 1 2 9 1/8",
              "1/7 1/7 1/2 1 2 1/8",
              "1/9 1/9 1/9 1/2 1 1/9",
              "3 3 8 8 9 1"]),
        leaf("Style", ["Accord Sedan", "Accord Hybrid", "Pilot", "CR-V", "Element", "Odyssey"], [
              "1 1 7 5 9 6",
              "1 1 7 5 9 6",
              "1/7 1/7 1 1/6 3 1/3",
              "1/5 1/5 6 1 7 5",
              "1/9 1/9 1/3 1/7 1 1/5",
              "1/6 1/6 3 1/5 5 1"]),
        inner("Capacity", ["Cargo", "Passenger"], [
              "1 1/5",
              "5 1"], [
            leaf("Cargo", ["Accord Sedan", "Accord Hybrid", "Pilot", "CR-V", "Element", "Odyssey"], [
                  "1 1 1/2 1/2 1/2 1/3",
                  "1 1 1/2 1/2 1/2 1/3",
                  "2 2 1 1 1 1/2",
                  "2 2 1 1 1 1/2",
                  "2 2 1 1 1 1/2",
                  "3 3 2 2 2 1"]),
            leaf("Passenger", ["Accord Sedan", "Accord Hybrid", "Pilot", "CR-V", "Element", "Odyssey"], [
                  "1 1 1/2 1 3 1/2",
                  "1 1 1/2 1 3 1/2",
                  "2 2 1 2 6 1",
                  "1 1 1/2 1 3 1/2",
                  "1/3 1/3 1/6 1/3 1 1/6",
                  "2 2 1 2 6 1"])])])
}
let ahpyReadmeVehicleAlternatives = ["Accord Sedan", "Accord Hybrid", "Pilot", "CR-V", "Element", "Odyssey"]
/// expected.global_priorities of ahp_hierarchy__ahpy_readme_vehicle (tolerance 1e-09).
let ahpyReadmeVehicleExpected = [0.21472427763471988, 0.1497390111756403, 0.10604976595787459, 0.1665346588119081, 0.1438187920383281, 0.21913349438152885]
/// expected.local of ahp_hierarchy__ahpy_readme_vehicle: eigenvector priorities, λmax, CR (Saaty 1980 RI).
let ahpyReadmeVehicleLocal: [String: (priorities: [Double], lambdaMax: Double, cr: Double)] = [
    "Criteria": (priorities: [0.5100750217780861, 0.23435219357179216, 0.04051874697205854, 0.2150540376780631], lambdaMax: 4.199235118131176, cr: 0.07379078449302806),
    "Cost": (priorities: [0.4880537884835193, 0.2515361029062036, 0.09986255654219384, 0.16054755206808322], lambdaMax: 4.040705102072448, cr: 0.015075963730536393),
    "Price": (priorities: [0.2461754168726077, 0.024554260664387453, 0.024554260664387453, 0.24617541687260772, 0.3657506320739792, 0.0927900128520305], lambdaMax: 6.422870837747202, cr: 0.06820497383019386),
    "Fuel": (priorities: [0.1867183833903944, 0.2110406051376035, 0.13243457035242515, 0.1626195438210426, 0.1506730086239706, 0.15651388867456376], lambdaMax: 6.000005132448612, cr: 8.278142922401068e-07),
    "Maintenance": (priorities: [0.35819852243006406, 0.313250420684639, 0.08369952615641935, 0.09953251391812072, 0.0879128229869066, 0.05740619382385035], lambdaMax: 6.140964959595933, cr: 0.022736283805795614),
    "Resale": (priorities: [0.22491835712285355, 0.09492827490084972, 0.05516739405881975, 0.41580589424509773, 0.10459003983618965, 0.10459003983618965], lambdaMax: 6.031681370440449, cr: 0.005109898458136908),
    "Safety": (priorities: [0.216243852797731, 0.216243852797731, 0.07515991202724501, 0.03603025359493841, 0.022294680984876386, 0.4340274477974781], lambdaMax: 6.501118841087299, cr: 0.08082561953020957),
    "Style": (priorities: [0.35785922650605045, 0.35785922650604995, 0.03886101189596117, 0.15508521558830793, 0.022752485846465786, 0.06758283365716472], lambdaMax: 6.632331411319422, cr: 0.10198893730958417),
    "Capacity": (priorities: [0.16666666666666669, 0.8333333333333334], lambdaMax: 2.0, cr: 0.0),
    "Cargo": (priorities: [0.08939804390011971, 0.08939804390011968, 0.17018695096659794, 0.17018695096659794, 0.17018695096659794, 0.3106430592999669], lambdaMax: 6.013825104317959, cr: 0.002229855535154735),
    "Passenger": (priorities: [0.13636363636363638, 0.13636363636363633, 0.27272727272727276, 0.13636363636363638, 0.04545454545454546, 0.27272727272727276], lambdaMax: 5.999999999999999, cr: -1.4325458382260086e-16)]
/// published.values of ahp_hierarchy__ahpy_readme_vehicle, tolerance 0.0015: ahpy (precision=3) rounds every local weight to 3 decimals before composing.
let ahpyReadmeVehiclePublished = [0.215, 0.15, 0.106, 0.167, 0.144, 0.219] // Accord Sedan, Accord Hybrid, Pilot, CR-V, Element, Odyssey

/// Classic 2-level AHP: 4 criteria, 6 alternatives (eigenvector priorities, distributive synthesis).
/// Reference case ahp_hierarchy__papathanasiou_ploskas2018; sources: Papathanasiou & Ploskas (2018) Multiple Criteria Decision Aid, ch. AHP, pp.109-129 (published global priorities .117 .071 .095 .212 .350 .155, via pyrepo-mcda tests).
var papathanasiouPloskas2018Root: HierarchyNode {
    inner("Goal", ["C1", "C2", "C3", "C4"], [
          "1 1 5 3",
          "1 1 5 3",
          "1/5 1/5 1 1/3",
          "1/3 1/3 3 1"], [
        leaf("C1", ["A1", "A2", "A3", "A4", "A5", "A6"], [
              "1 5 1 1 1/3 3",
              "1/5 1 1/3 1/5 1/7 1",
              "1 3 1 1/3 1/5 1",
              "1 5 3 1 1/3 3",
              "3 7 5 3 1 7",
              "1/3 1 1 1/3 1/7 1"]),
        leaf("C2", ["A1", "A2", "A3", "A4", "A5", "A6"], [
              "1 7 3 1/3 1/3 1/3",
              "1/7 1 1/3 1/7 1/9 1/7",
              "1/3 3 1 1/5 1/5 1/5",
              "3 7 5 1 1 1",
              "3 9 5 1 1 1",
              "3 7 5 1 1 1"]),
        leaf("C3", ["A1", "A2", "A3", "A4", "A5", "A6"], [
              "1 1/9 1/7 1/9 1 1/5",
              "9 1 1 1 5 3",
              "7 1 1 1 5 1",
              "9 1 1 1 7 3",
              "1 1/5 1/5 1/7 1 1/3",
              "5 1/3 1 1/3 3 1"]),
        leaf("C4", ["A1", "A2", "A3", "A4", "A5", "A6"], [
              "1 1/5 1/5 1/3 1/7 1/5",
              "5 1 1 3 1/3 1",
              "5 1 1 1 1/3 1",
              "3 1/3 1 1 1/7 1",
              "7 3 3 7 1 5",
              "5 1 1 1 1/5 1"])])
}
let papathanasiouPloskas2018Alternatives = ["A1", "A2", "A3", "A4", "A5", "A6"]
/// expected.global_priorities of ahp_hierarchy__papathanasiou_ploskas2018 (tolerance 1e-09).
let papathanasiouPloskas2018Expected = [0.11737681693493651, 0.07132502114268632, 0.09472062090835824, 0.21164765247649045, 0.3500802635261985, 0.15484962501132993]
/// expected.local of ahp_hierarchy__papathanasiou_ploskas2018: eigenvector priorities, λmax, CR (Saaty 1980 RI).
let papathanasiouPloskas2018Local: [String: (priorities: [Double], lambdaMax: Double, cr: Double)] = [
    "Goal": (priorities: [0.3898616418225332, 0.3898616418225331, 0.06792478346563134, 0.15235193288930238], lambdaMax: 4.043493461607889, cr: 0.01610868948440318),
    "C1": (priorities: [0.16201671397207218, 0.04390936283386607, 0.09763592085337817, 0.1934733841388548, 0.4409341654211176, 0.062030452780711294], lambdaMax: 6.207645013646622, cr: 0.033491131233326116),
    "C2": (priorities: [0.12011785645101956, 0.0272490524091789, 0.05449626705967504, 0.2630984469667339, 0.27193993014665857, 0.2630984469667339], lambdaMax: 6.1639097998965475, cr: 0.026437064499443153),
    "C3": (priorities: [0.032025344495423665, 0.2767564202367256, 0.2219853598996462, 0.29062556082223184, 0.04255951936153064, 0.13604779518444196], lambdaMax: 6.137297275075104, cr: 0.022144721786307137),
    "C4": (priorities: [0.03418437433553987, 0.16267902979116503, 0.13345291041086027, 0.09128292788659532, 0.4546522696806707, 0.12374848789516885], lambdaMax: 6.246667694658779, cr: 0.039785112041738534)]
/// published.values of ahp_hierarchy__papathanasiou_ploskas2018, tolerance 0.0005: as printed in the source.
let papathanasiouPloskas2018Published = [0.117, 0.071, 0.095, 0.212, 0.35, 0.155] // A1, A2, A3, A4, A5, A6


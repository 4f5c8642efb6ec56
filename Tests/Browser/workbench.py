#!/usr/bin/env python3
"""The workbench in a real browser (headless Chromium from Debian, driven by Selenium).

Starts `mcda serve DATASET --port 0`, opens the page, checks every alternative's name shows,
moves the copper slider to zero and checks that the ranking table and the weight chart change as
`mcda analyze DATASET --weights=<the page's weights>` says; then the same page in Persian
(right to left). Screenshots go to --screenshots (default: mcda-workbench-screenshots in the temporary folder).

    python3 Tests/Browser/workbench.py [--mcda .build/release/mcda] [--dataset DIR]
"""
import argparse, json, os, re, subprocess, sys, tempfile, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def start(mcda, dataset):
    server = subprocess.Popen([mcda, "serve", dataset, "--port", "0"], stdout=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    match = re.match(r"Listening on (http://\S+)", line)
    if not match:
        server.kill()
        sys.exit(f"the server did not start: {line!r}")
    return server, match.group(1)


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1800"]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def wait_for_update(driver, count, timeout=30):
    WebDriverWait(driver, timeout).until(lambda d: d.execute_script("return window.workbench.updates") >= count)


def ranking(driver):
    """The alternative ids in the table's order (the primary method's ranking)."""
    return [row.get_attribute("data-id") for row in driver.find_elements(By.CSS_SELECTOR, "#ranking tbody tr")]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mcda", default=os.path.join(ROOT, ".build/release/mcda"))
    parser.add_argument("--dataset", default=os.path.join(ROOT, "Datasets/rafsanjan-sister-cities"))
    parser.add_argument("--screenshots", default=os.path.join(tempfile.gettempdir(), "mcda-workbench-screenshots"))
    args = parser.parse_args()
    os.makedirs(args.screenshots, exist_ok=True)
    server, url = start(args.mcda, args.dataset)
    driver = browser()
    failures = []
    try:
        started = time.time()
        driver.get(url + "/")
        wait_for_update(driver, 1)
        names = [a["name"] for a in json.loads(driver.find_element(By.ID, "workbench-data").get_attribute("textContent"))["alternatives"]]
        text = driver.find_element(By.TAG_NAME, "body").text
        missing = [n for n in names if n not in text]
        if missing: failures.append(f"names not shown: {missing}")
        print(f"page with {len(names)} alternatives and their ranking in {time.time() - started:.2f} s")
        before_rows = ranking(driver)
        before_chart = driver.find_element(By.ID, "figure-0").get_attribute("innerHTML")
        driver.save_screenshot(os.path.join(args.screenshots, "workbench-en.png"))

        # Copper to zero, as a user dragging the slider would (input events, then change on release).
        driver.execute_script("""
            const s = document.getElementById('w-copper'); s.value = 0;
            s.dispatchEvent(new Event('input')); s.dispatchEvent(new Event('change'));""")
        wait_for_update(driver, 2)
        body = driver.execute_script("return window.workbench.lastBody")
        if body["weights"]["copper"] != 0: failures.append(f"copper weight sent: {body['weights']['copper']}")
        criteria = [c["id"] for c in driver.execute_script("return window.workbench.lastAnalysis.criteria")]
        weights = ",".join(repr(float(body["weights"][c])) for c in criteria)
        cli = subprocess.run([args.mcda, "analyze", args.dataset, "--format", "json", f"--weights={weights}",
                              "--methods", ",".join(body["methods"]), "--primary", body["primary"],
                              "--samples", str(body["samples"]), "--seed", str(body["seed"])],
                             capture_output=True, text=True, check=True)
        expected = json.loads(cli.stdout)
        shown = driver.execute_script("return window.workbench.lastAnalysis")
        if shown != expected: failures.append("the page's analysis differs from mcda analyze with the same weights")
        ranks = expected["rankings"][expected["sensitivity"]["primaryMethod"]]["ranks"]
        ids = [a["id"] for a in expected["alternatives"]]
        expected_rows = [ids[i] for i in sorted(range(len(ids)), key=lambda i: (ranks[i], i))]
        after_rows = ranking(driver)
        if after_rows != expected_rows: failures.append(f"ranking {after_rows} != mcda analyze {expected_rows}")
        if after_rows == before_rows: failures.append("the ranking did not change")
        for method, r in expected["rankings"].items():
            column = list(expected["rankings"]).index(method) + 2
            cells = [float(td.text) for td in driver.find_elements(By.CSS_SELECTOR, f"#ranking tbody td:nth-child({column})")]
            if cells != [float(r["ranks"][ids.index(a)]) for a in after_rows]: failures.append(f"{method} column differs from mcda analyze")
        after_chart = driver.find_element(By.ID, "figure-0").get_attribute("innerHTML")
        if after_chart == before_chart: failures.append("the weight chart did not change")
        verdict = driver.find_element(By.ID, "verdict").text
        print(f"copper = 0: winner {after_rows[0]} (before {before_rows[0]}); verdict: {verdict}")
        driver.save_screenshot(os.path.join(args.screenshots, "workbench-copper-zero.png"))

        # A judgment far off: the consistency ratio rises above 0.1 and the warning shows.
        driver.execute_script("""
            const s = document.querySelector('#judgments select'); s.value = '1/9';
            s.dispatchEvent(new Event('change'));""")
        wait_for_update(driver, 3)
        cr = float(driver.find_element(By.ID, "cr-value").text)
        warning = driver.find_element(By.ID, "cr-warning").is_displayed()
        print(f"judgment copper/pistachio = 1/9: CR {cr}, warning shown: {warning}")
        if cr > 0.1 and not warning: failures.append("no warning for CR above 0.1")

        driver.get(url + "/?lang=fa")
        wait_for_update(driver, 1)
        if driver.find_element(By.TAG_NAME, "html").get_attribute("dir") != "rtl": failures.append("Persian page is not right to left")
        driver.save_screenshot(os.path.join(args.screenshots, "workbench-fa.png"))
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=10)
    for f in failures: print("FAIL:", f)
    print("browser test:", "failed" if failures else "passed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

extension WorkbenchPage {
    /// The page's CSS: two columns (controls, results) on a wide screen, one on a narrow one.
    static func style(fonts: String) -> String {
        """
        body{font-family:\(fonts);margin:0;color:#222;background:#fafafa}
        header{padding:.6rem 1.2rem;background:#1d3557;color:#fff}header h1{margin:0;font-size:1.3rem}
        header .sub{margin:.1rem 0 0;opacity:.85}header nav a{color:#fff}
        main{display:grid;grid-template-columns:minmax(300px,420px) 1fr;gap:1.2rem;padding:1rem 1.2rem}
        @media(max-width:900px){main{grid-template-columns:1fr}}
        section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.4rem 1rem 1rem}
        h2{font-size:1.05rem;margin:1rem 0 .3rem}.hint{font-size:.82rem;color:#555;margin:.1rem 0 .4rem}
        .slider{margin:.35rem 0}.slider label{display:flex;justify-content:space-between;font-size:.9rem}
        .track{position:relative;height:22px}.track input{position:relative;width:100%;margin:0;background:transparent}
        .band{position:absolute;top:7px;height:8px;background:#a8dadc;border-radius:4px}
        .slider small{color:#555;font-size:.75rem}
        .judgment{display:grid;grid-template-columns:1fr auto 1fr;gap:.4rem;align-items:center;font-size:.85rem;margin:.15rem 0}
        .judgment span:last-child{text-align:end}
        .checks{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));font-size:.88rem}
        .warning{color:#b00020;font-weight:bold}.error{color:#b00020;background:#fdecea;padding:.4rem}
        .verdict{font-size:1.15rem;font-weight:bold;color:#1d3557}
        #status{color:#666;font-size:.85rem;min-height:1em;margin:.3rem 0}
        table{border-collapse:collapse;font-size:.88rem}th,td{border-bottom:1px solid #eee;padding:.2rem .5rem;text-align:center}
        td:first-child,th:first-child{text-align:start}tr.excluded{display:none}td.first{background:#ffe8a3;font-weight:bold}
        #figures figure{margin:1rem 0}#figures figcaption{font-weight:bold;margin-bottom:.3rem}#figures svg{max-width:100%;height:auto}
        button{padding:.3rem .7rem}
        """
    }
}

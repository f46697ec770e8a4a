"""The bench's figures as the table ``make bench`` prints."""

from __future__ import annotations

from typing import Any



def fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def stage_table(title: str, scale_run: dict[str, Any], jobs: int) -> list[str]:
    lines = [title, f"  {'':22}{'docs':>9}{'pages':>8}{'seconds':>9}{'pages/s':>9}{'CPU s':>8}{'peak MB':>9}"
                    f"{'CPU ms/page':>13}{'(no OCR)':>10}"]
    for kind in ("cold", "warm"):
        build = scale_run[kind]
        for stage, s in build["stages"].items():
            docs = f"{s['processed']}/{s['documents']}"
            lines.append(f"  {kind + ' ' + stage:22}{docs:>9}{s['pages']:>8}{s['seconds']:>9.2f}"
                         f"{fmt(s['pages_per_second']):>9}{fmt(s.get('cpu_seconds')):>8}{fmt(s['peak_memory_mb'], 0):>9}"
                         f"{fmt(s.get('cpu_ms_per_page'), 2):>13}{fmt(s.get('cpu_ms_per_page_without_ocr'), 2):>10}")
        lines.append(f"  {kind + ' build (process)':22}{build['documents']:>9}{build['pages']:>8}"
                     f"{build['seconds']:>9.2f}{fmt(build['pages_per_second'] if kind == 'cold' else None):>9}"
                     f"{fmt(build['cpu_seconds']):>8}{fmt(build['peak_memory_mb'], 0):>9}"
                     f"{fmt(build.get('cpu_ms_per_page') if kind == 'cold' else None, 2):>13}"
                     f"{fmt(build.get('cpu_ms_per_page_without_ocr') if kind == 'cold' else None, 2):>10}")
        lines.append(f"  {'':22}start-up {build['startup_seconds']:.2f} s, outside stages "
                     f"{fmt(build['other_seconds'], 2)} s, load average {build['load_average'][0]:.1f}"
                     f"->{build['load_average'][1]:.1f}, "
                     f"largest process {build['peak_process_memory_mb']:.0f} MB, exit {build['exit_code']}"
                     + (f", {build['failed_documents']} documents failed" if build.get("failed_documents") else ""))
    return lines


def query_table(title: str, queries: dict[str, Any]) -> list[str]:
    if "queries" not in queries:
        return [title, f"  {queries.get('error')}"]
    lines = [f"{title} ({queries['database_mb']} MB; {queries['source']})"]
    for name, q in queries["queries"].items():
        if "error" in q:
            lines.append(f"  {name:28} error: {q['error']}")
        else:
            found = f"= {q['value']}" if "value" in q else f"{q['rows']} rows"
            lines.append(f"  {name:28}{found:>11}{q['first_ms']:>10.1f} ms first{q['best_ms']:>9.1f} ms best")
    return lines


def cpu_table(title: str, cpu: dict[str, Any]) -> list[str]:
    """All stages' CPU a page: the figure the 10 ms target is about (pages that need no OCR)."""
    lines = [f"{title}: {cpu['pages']} pages, {cpu['pages_without_ocr']} of them in documents that needed no OCR "
             f"({cpu['ocr_documents']} documents had OCR'd pages)",
             f"  {'stage':12}{'CPU s':>8}{'ms/page':>10}{'ms/page without OCR':>22}"]
    for stage, s in cpu["stages"].items():
        lines.append(f"  {stage:12}{fmt(s['cpu_seconds'], 2):>8}{fmt(s['cpu_ms_per_page'], 2):>10}"
                     f"{fmt(s['cpu_ms_per_page_without_ocr'], 2):>22}")
    lines.append(f"  {'all stages':12}{fmt(cpu['all_stages_cpu_seconds'], 2):>8}"
                 f"{fmt(cpu['all_stages_cpu_ms_per_page'], 2):>10}"
                 f"{fmt(cpu['all_stages_cpu_ms_per_page_without_ocr'], 2):>22}   (build process tree + "
                 "make publish; target <= 10 without OCR)")
    return lines


def render(report: dict[str, Any]) -> str:
    jobs, scale = report["jobs"], report["scale"]
    one = report.get("scale_1", report)
    lines = [f"Minutes Miner bench: {report['corpus']}, JOBS={jobs} on {report['cores']} cores, "
             f"load average {report['machine']['load_average_at_start'][0]:.2f} at start "
             f"({report['bench_seconds']:.0f} s in all)", ""]
    lines += stage_table(f"1x: {one['documents']} documents, {one['pages']} pages", 
                         {"cold": one["builds"]["cold"], "warm": one["builds"]["warm"]} if scale > 1 else report["builds"], jobs)
    lines += [""] + cpu_table(f"CPU a page, {scale}x cold build" if scale > 1 else "CPU a page, cold build",
                              report["cpu"])
    if scale > 1:
        lines += [""] + cpu_table("CPU a page, 1x cold build", one["cpu"])
    p, s = report["pdfium"], report["text_single_process"]
    t, scans = s["text_layer"], s["ocr"]
    lines += ["", "Text rate (one process, document by document interleaved with PDFium)",
              f"  PDFium raw, {p['documents']} text-layer PDFs: {p['pages']} pages, {p['cpu_seconds']:.2f} CPU s = "
              f"{fmt(p['pages_per_cpu_second'])} pages a CPU second ({p['seconds']:.2f} s wall = {fmt(p['pages_per_second'])} a second)",
              f"  text stage reader, same PDFs: {t['pages']} pages, {t['cpu_seconds']:.2f} CPU s = "
              f"{fmt(t['pages_per_cpu_second'])} pages a CPU second = {fmt(report['text_ratio'], 2)} x PDFium "
              f"(text_ratio, CPU; target >= 0.5); wall {t['seconds']:.2f} s = {fmt(report['text_ratio_wall'], 2)} x",
              f"  text stage reader, PDFs with OCR'd pages: {scans['documents']} documents, {scans['ocr_pages']} pages "
              f"OCR'd of {scans['pages']}, {scans['cpu_seconds']:.2f} CPU s ({fmt(scans['cpu_seconds_per_ocr_page'], 2)} "
              f"CPU s an OCR'd page; {scans['seconds']:.2f} s wall)",
              f"  text stage in the {scale}x cold build, {jobs} workers: {fmt(report['text_pages_per_second'])} "
              f"= {fmt(report['text_ratio_parallel'], 2)} x one PDFium process "
              f"({fmt(report['text_pages_per_second_per_worker'])} per worker; "
              f"{fmt(report['text_pages_per_cpu_second'])} per CPU second)"]
    o = report["ocr"]
    if o.get("error"):
        lines += ["", f"OCR: not measured: {o['error']}"]
    else:
        lines += ["", f"OCR ({o['engine']}), {o['pages']} text-layer pages rendered at {o['dpi']} dpi, "
                      f"{o['words']} words of text layer:",
                  f"  word recall {fmt(report['ocr_word_recall'], 3)} (target >= 0.95); "
                  f"{fmt(report['ocr_seconds_per_page'], 2)} s a page "
                  f"({fmt(o['ocr_cpu_seconds_per_page'], 2)} CPU s; rendering {fmt(o['render_seconds_per_page'], 3)} s more)",
                  "  lowest: " + ", ".join(f"{x['pdf'].rsplit('/', 1)[-1][:40]} p{x['page']} {x['recall']:.3f}"
                                           for x in sorted(o["sample"], key=lambda x: x["recall"])[:3])]
    if scale > 1:
        lines += [""] + stage_table(f"{scale}x: {report['documents']} documents, {report['pages']} pages "
                                    f"(copies made in {report['scaled_corpus']['seconds']} s)", report["builds"], jobs)
        g = report["growth"]
        lines += ["", f"Growth {scale}x against 1x: pages x{fmt(g['pages'], 2)}, cold time x{fmt(g['cold_seconds'], 2)} "
                      f"(x{fmt(g['cold_seconds_per_page'], 2)} per page; CPU x{fmt(g['cold_cpu_seconds'], 2)}), "
                      f"warm time x{fmt(g['warm_seconds'], 2)}, "
                      f"peak memory x{fmt(g['peak_memory_mb'], 2)} (largest process x{fmt(g['peak_process_memory_mb'], 2)}), "
                      f"database x{fmt(g['database_mb'], 2)}",
                  "  per stage seconds: " + ", ".join(f"{k} x{fmt(v['seconds'], 2)}" for k, v in g["stages"].items())
                  + "; CPU: " + ", ".join(f"{k} x{fmt(v['cpu_seconds'], 2)}" for k, v in g["stages"].items())]
        lines += [""] + query_table("Queries, 1x", one["queries"])
        lines += [""] + query_table(f"Queries, {scale}x", report["queries"])
    else:
        lines += [""] + query_table("Queries", report["queries"])
    pub = report.get("publish", {})
    if pub.get("error") or "metadata" not in pub:
        lines += ["", f"Publish: not measured: {pub.get('error')}"]
    else:
        server = pub["datasette_start"]
        lines += ["", f"Publish: metadata {pub['metadata']['cpu_seconds']:.2f} CPU s; Datasette start-up to its "
                      f"first page " + (f"{server['seconds_to_first_page']:.2f} s, {server['cpu_seconds']:.2f} CPU s"
                                        if "error" not in server else f"not measured ({server['error']})")]
    lines += ["", "Import times in a fresh interpreter: "
              + ", ".join(f"{m} {v:.2f} s" for m, v in report["import_seconds"].items())]
    t = report["targets"]
    lines += ["", "Targets (1x): " + ", ".join(f"{k} {'met' if v else 'NOT met'}" for k, v in t.items())]
    return "\n".join(lines)

#!/usr/bin/env python3
"""The peers of bko's invoice benchmark: renders the benchmark's billing CSV as one-page A4
Japanese invoices, one PDF per invoice, with reportlab or typst and the font bko bundles
(embedded as a subset, as bko does). Each page carries what bko's invoice carries for the same
rows: title, number and dates, the customer's name, department and address, the issuer with its
registration number, the amount due, the lines (name, quantity, unit, unit price, amount, the
reduced-rate mark), the per-rate totals with their tax, the total and the bank account. No
database, no ledger, no archive: what the peer does is only drawing. Not a bko feature.

Usage: peer_invoices.py reportlab|typst BILLING.csv CUSTOMERS.csv OUTDIR FONT.ttf"""
import csv
import os
import sys
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

ISSUER = "株式会社ベンチ"
REGISTRATION = "登録番号: T1180301018771"
BANK = "お振込先: みずほ銀行 本店 普通 1234567 カ)ベンチ"


def invoices(billing, customers):
    """(number, customer row, rows, per-rate (base, tax), total) per invoice, in file order."""
    with open(customers, encoding="utf-8") as f:
        by_code = {row["code"]: row for row in csv.DictReader(f)}
    grouped = {}
    with open(billing, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            grouped.setdefault(row["invoice_key"], []).append(row)
    for seq, rows in enumerate(grouped.values(), 1):
        per_rate = {}
        for r in rows:
            amount = (Decimal(r["quantity"]) * Decimal(r["unit_price"])).quantize(Decimal(1), ROUND_HALF_UP)
            r["amount"] = amount
            per_rate[r["tax_rate"]] = per_rate.get(r["tax_rate"], 0) + amount
        taxes = {rate: (base, (base * Decimal(rate) / 100).quantize(Decimal(1), ROUND_FLOOR))
                 for rate, base in sorted(per_rate.items(), reverse=True)}
        total = sum(base + tax for base, tax in taxes.values())
        yield f"INV-2026-{seq:04}", by_code[rows[0]["customer"]], rows, taxes, total


def yen(n):
    return f"{n:,}"


def reportlab(billing, customers, outdir, font):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("NotoJP", font))
    height = A4[1]
    for number, cust, rows, taxes, total in invoices(billing, customers):
        c = canvas.Canvas(os.path.join(outdir, f"{number}.pdf"), pagesize=A4, invariant=1)

        def text(x, y, size, s, align="left"):
            c.setFont("NotoJP", size)
            draw = {"left": c.drawString, "right": c.drawRightString, "center": c.drawCentredString}[align]
            draw(x * mm, height - y * mm, s)

        text(105, 22, 20, "請求書", "center")
        for i, (label, value) in enumerate([("請求番号", number), ("発行日", "2026年5月31日"),
                                            ("お支払期限", "2026年6月30日")]):
            text(150, 34 + 5 * i, 9, label, "right")
            text(195, 34 + 5 * i, 9, value, "right")
        text(15, 40, 9, f"〒{cust['postal_code']}")
        text(15, 45, 9, cust["address"])
        text(15, 53, 13, f"{cust['name']} {cust['department']} 御中")
        c.line(15 * mm, height - 55 * mm, 100 * mm, height - 55 * mm)
        text(15, 62, 9, f"件名: {rows[0]['subject']}")
        text(15, 68, 9, "下記のとおりご請求申し上げます。")
        text(115, 58, 11, ISSUER)
        text(115, 64, 8, REGISTRATION)
        text(17, 84, 10, "ご請求金額 (税込)")
        text(105, 84, 16, f"¥{yen(total)} -", "right")
        text(15, 92, 8, f"お支払条件: {cust['payment_terms']}")
        y = 104
        for label, x, align in [("品名", 17, "left"), ("数量", 123, "right"), ("単位", 125, "left"),
                                ("単価", 160, "right"), ("金額", 193, "right")]:
            text(x, y, 8.5, label, align)
        for r in rows:
            y += 7
            mark = " ※" if r["tax_rate"] == "8" else ""
            text(17, y, 9.5, r["item"] + mark)
            text(123, y, 9.5, r["quantity"], "right")
            text(125, y, 9.5, r["unit"])
            text(160, y, 9.5, yen(int(r["unit_price"])), "right")
            text(193, y, 9.5, yen(r["amount"]), "right")
            c.line(15 * mm, height - (y + 2) * mm, 195 * mm, height - (y + 2) * mm)
        y += 10
        for rate, (base, tax) in taxes.items():
            mark = " ※" if rate == "8" else ""
            text(110, y, 9, f"{rate}%対象{mark}")
            text(150, y, 9, f"¥{yen(base)}", "right")
            text(155, y, 8, "消費税")
            text(195, y, 9, f"¥{yen(tax)}", "right")
            y += 6
        text(110, y + 2, 10, "合計")
        text(195, y + 2, 10, f"¥{yen(total)}", "right")
        text(110, y + 9, 8, "※は軽減税率 (8%) 対象")
        text(15, y + 18, 9, BANK)
        text(105, 285, 8, f"{number}  1 / 1", "center")
        c.showPage()
        c.save()


TYPST_PAGE = """#set page(paper: "a4", margin: 15mm)
#set text(font: "Noto Sans JP", size: 9pt, lang: "ja")
#align(center, text(20pt)[請求書])
#grid(columns: (1fr, 1fr),
  [〒{postal} \\ {address} \\ #text(13pt)[{name} {department} 御中] #line(length: 90%) 件名: {subject} \\ 下記のとおりご請求申し上げます。],
  align(right)[請求番号 {number} \\ 発行日 2026年5月31日 \\ お支払期限 2026年6月30日 \\ #text(11pt)[{issuer}] \\ #text(8pt)[{registration}]])
#v(4mm)
#box(fill: luma(230), inset: 3mm, width: 90mm)[ご請求金額 (税込) #h(1fr) #text(16pt)[¥{total} -]]
#text(8pt)[お支払条件: {terms}]
#table(columns: (1fr, auto, auto, auto, auto), stroke: (x: none), align: (left, right, left, right, right),
  [品名], [数量], [単位], [単価], [金額],
  {lines})
#align(right, table(columns: 4, stroke: none, {rates} [合計], [], [], [¥{total}]))
#align(right, text(8pt)[※は軽減税率 (8%) 対象])
{bank}
#place(bottom + center, text(8pt)[{number} 1 / 1])
"""


def typst_escape(s):
    return "".join("\\" + ch if ch in "#$*_`@<>[]\\" else ch for ch in s)


def typst(billing, customers, outdir, font):
    import typst as typst_compiler

    font_dir = os.path.dirname(os.path.abspath(font))
    for number, cust, rows, taxes, total in invoices(billing, customers):
        cells = []
        for r in rows:
            mark = " ※" if r["tax_rate"] == "8" else ""
            cells += [r["item"] + mark, r["quantity"], r["unit"], yen(int(r["unit_price"])), yen(r["amount"])]
        rate_cells = []
        for rate, (base, tax) in taxes.items():
            rate_cells += [f"{rate}%対象", f"¥{yen(base)}", "消費税", f"¥{yen(tax)}"]
        source = TYPST_PAGE.format(
            postal=typst_escape(cust["postal_code"]), address=typst_escape(cust["address"]),
            name=typst_escape(cust["name"]), department=typst_escape(cust["department"]),
            subject=typst_escape(rows[0]["subject"]), number=number, issuer=ISSUER,
            registration=REGISTRATION, total=yen(total), terms=typst_escape(cust["payment_terms"]),
            lines=", ".join(f"[{typst_escape(c)}]" for c in cells),
            rates="".join(f"[{typst_escape(c)}], " for c in rate_cells), bank=typst_escape(BANK))
        pdf = typst_compiler.compile(source.encode("utf-8"), font_paths=[font_dir], ignore_system_fonts=True)
        with open(os.path.join(outdir, f"{number}.pdf"), "wb") as f:
            f.write(pdf)


def main():
    peer, billing, customers, outdir, font = sys.argv[1:6]
    os.makedirs(outdir, exist_ok=True)
    {"reportlab": reportlab, "typst": typst}[peer](billing, customers, outdir, font)


if __name__ == "__main__":
    main()

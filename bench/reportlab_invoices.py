#!/usr/bin/env python3
"""Renders the benchmark's billing CSV as one-page A4 invoices with reportlab and the same
Japanese font, as a reference for bench/invoice.sh (not a bko feature).
Usage: reportlab_invoices.py BILLING.csv OUTDIR FONT.ttf"""
import csv
import math
import os
import sys
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas


def main():
    src, outdir, font = sys.argv[1:4]
    os.makedirs(outdir, exist_ok=True)
    pdfmetrics.registerFont(TTFont("NotoJP", font))
    invoices = {}
    with open(src, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            invoices.setdefault(row["invoice_key"], []).append(row)
    for seq, (key, rows) in enumerate(invoices.items(), 1):
        c = canvas.Canvas(os.path.join(outdir, f"INV-{seq:04}.pdf"), pagesize=A4, invariant=1)
        c.setFont("NotoJP", 22)
        c.drawCentredString(105 * mm, 275 * mm, "請求書")
        c.setFont("NotoJP", 14)
        c.drawString(15 * mm, 250 * mm, f"{rows[0]['customer']} 御中")
        c.setFont("NotoJP", 9)
        c.drawString(120 * mm, 240 * mm, "株式会社ベンチ  登録番号: T1180301018771")
        y = 200 * mm
        per_rate = {}
        for r in rows:
            amount = (Decimal(r["quantity"]) * Decimal(r["unit_price"])).quantize(Decimal(1), ROUND_HALF_UP)
            per_rate[r["tax_rate"]] = per_rate.get(r["tax_rate"], 0) + amount
            mark = " ※" if r["tax_rate"] == "8" else ""
            c.drawString(15 * mm, y, r["item"] + mark)
            c.drawRightString(125 * mm, y, r["quantity"])
            c.drawRightString(163 * mm, y, f"{int(r['unit_price']):,}")
            c.drawRightString(195 * mm, y, f"{amount:,}")
            c.line(15 * mm, y - 2 * mm, 195 * mm, y - 2 * mm)
            y -= 7 * mm
        total = 0
        for rate, base in per_rate.items():
            tax = (base * Decimal(rate) / 100).quantize(Decimal(1), ROUND_FLOOR)
            total += base + tax
            c.drawString(110 * mm, y, f"{rate}%対象 ¥{base:,}  消費税 ¥{tax:,}")
            y -= 7 * mm
        c.drawString(110 * mm, y, f"合計 ¥{total:,}")
        c.showPage()
        c.save()


if __name__ == "__main__":
    main()

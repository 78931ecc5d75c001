-- A customer's Peppol address for JP PINT e-invoices, as `SCHEME:ID` (e.g. 0188:5010001008846,
-- the 法人番号 under ISO 6523 ICD 0188). Unset, a corporation's registration number gives it; a
-- sole proprietor (whose T-number is not a 法人番号) or a customer on another scheme sets it.
ALTER TABLE customer ADD COLUMN peppol_id TEXT;

-- 0003: the document archive (電子帳簿保存法): stored bytes, immutable versions, an event log,
-- and a full-text index with a tokenizer that works for Japanese (trigram).

-- Original bytes, stored once per content (SHA-256). Never updated; deleted only when every
-- document that refers to them was disposed of after its retention period.
CREATE TABLE doc_blob (
    id         INTEGER PRIMARY KEY,
    sha256     TEXT NOT NULL UNIQUE,
    size       INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    content    BLOB NOT NULL
);

-- A document's identity and state; its content and metadata are in its versions.
CREATE TABLE document (
    id              INTEGER PRIMARY KEY,
    current_version INTEGER NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('active', 'deleted', 'disposed')),
    received_at     TEXT NOT NULL
);

-- Every version ever stored; a correction adds one, nothing changes one.
CREATE TABLE doc_version (
    document_id   INTEGER NOT NULL REFERENCES document (id),
    version       INTEGER NOT NULL,
    blob_id       INTEGER NOT NULL,
    file_name     TEXT NOT NULL,
    doc_type      TEXT NOT NULL,
    date          TEXT NOT NULL,
    amount        INTEGER,
    counterparty  TEXT NOT NULL,
    title         TEXT,
    tags          TEXT NOT NULL DEFAULT '',
    note          TEXT,
    link          TEXT,
    contract_start TEXT,
    contract_end   TEXT,
    notice_date    TEXT,
    created_at    TEXT NOT NULL,
    reason        TEXT,
    PRIMARY KEY (document_id, version)
) WITHOUT ROWID;
CREATE INDEX doc_version_date ON doc_version (date, amount);

-- Who did what when, and why: add, correct, delete, dispose.
CREATE TABLE doc_event (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document (id),
    at          TEXT NOT NULL,
    action      TEXT NOT NULL,
    version     INTEGER,
    reason      TEXT,
    actor       TEXT NOT NULL
);

-- Full text of each document's current version (title, note, counterparty, tags, extracted text).
CREATE VIRTUAL TABLE doc_fts USING fts5 (title, note, counterparty, tags, body, tokenize = 'trigram');
-- The same texts as overlapping character pairs ("品川駅" -> "品川 川駅"), so two-character words,
-- common in Japanese and too short for trigrams, are found through an index too.
CREATE VIRTUAL TABLE doc_bigram USING fts5 (text, tokenize = 'unicode61');

CREATE TRIGGER doc_blob_no_update BEFORE UPDATE ON doc_blob
BEGIN SELECT RAISE(ABORT, 'stored documents are never overwritten: correct them with a new version'); END;
CREATE TRIGGER doc_blob_delete_only_disposed BEFORE DELETE ON doc_blob
WHEN EXISTS (SELECT 1 FROM doc_version v JOIN document d ON d.id = v.document_id
             WHERE v.blob_id = OLD.id AND d.status <> 'disposed')
BEGIN SELECT RAISE(ABORT, 'stored documents are never deleted before their retention ends'); END;
CREATE TRIGGER doc_version_no_update BEFORE UPDATE ON doc_version
BEGIN SELECT RAISE(ABORT, 'document versions are immutable'); END;
CREATE TRIGGER doc_version_no_delete BEFORE DELETE ON doc_version
BEGIN SELECT RAISE(ABORT, 'document versions are immutable'); END;
CREATE TRIGGER doc_event_no_update BEFORE UPDATE ON doc_event
BEGIN SELECT RAISE(ABORT, 'the document history is append-only'); END;
CREATE TRIGGER doc_event_no_delete BEFORE DELETE ON doc_event
BEGIN SELECT RAISE(ABORT, 'the document history is append-only'); END;
CREATE TRIGGER document_no_delete BEFORE DELETE ON document
BEGIN SELECT RAISE(ABORT, 'documents are deleted logically (bko docs delete), never removed'); END;
CREATE TRIGGER document_forward_only BEFORE UPDATE ON document
WHEN NEW.received_at <> OLD.received_at OR NEW.current_version < OLD.current_version
  OR OLD.status = 'disposed'
BEGIN SELECT RAISE(ABORT, 'a document only moves forward: new versions, deletion, disposal'); END;

#!/usr/bin/env python3
"""The intruder of the threat model, for the end-to-end tests: rewrites the journal of a
Comptoir base with sqlite3 alone and recomputes every hash with the formula documented in
Journal.hashHex: SHA-256 over seq, at, till, operator, kind, payload, prev_hash, each written
as <UTF-8 byte count>:<bytes>\\n (a missing operator is the empty string).

Usage: rehash_journal.py BASE OLD NEW
  replaces OLD by NEW in the tickets' entries and their lines' labels, then re-hashes
  the chain from the first changed entry; prints that entry's number."""
import hashlib
import sqlite3
import sys


def field(text):
    data = text.encode("utf-8")
    return str(len(data)).encode() + b":" + data + b"\n"


def entry_hash(seq, at, till, operator, kind, payload, prev):
    fields = [str(seq), at, till, "" if operator is None else str(operator), kind, payload, prev]
    return hashlib.sha256(b"".join(field(f) for f in fields)).hexdigest()


def main(path, old, new):
    db = sqlite3.connect(path)
    # Dropped for the rewrite, put back as they were afterwards: verify checks they are there.
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _ in triggers:
        db.execute(f'DROP TRIGGER "{name}"')
    rows = db.execute("SELECT seq FROM journal WHERE kind = 'ticket.committed' AND instr(payload, ?) > 0 ORDER BY seq",
                      (old,)).fetchall()
    if not rows:
        sys.exit(f"« {old} » n'est dans aucun ticket")
    first = rows[0][0]
    db.execute("UPDATE journal SET payload = replace(payload, ?, ?) WHERE kind = 'ticket.committed'", (old, new))
    db.execute("UPDATE ticket_lines SET label = replace(label, ?, ?)", (old, new))
    prev = db.execute("SELECT hash FROM journal WHERE seq = ?", (first - 1,)).fetchone()
    prev = prev[0] if prev else db.execute("SELECT value FROM comptoir_meta WHERE key = 'fingerprint'").fetchone()[0]
    for seq, at, till, operator, kind, payload in db.execute(
            "SELECT seq, at, till, operator_id, kind, payload FROM journal WHERE seq >= ? ORDER BY seq", (first,)).fetchall():
        digest = entry_hash(seq, at, till, operator, kind, payload, prev)
        db.execute("UPDATE journal SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq))
        prev = digest
    for _, sql in triggers:
        db.execute(sql)
    db.commit()
    print(first)


if __name__ == "__main__":
    main(*sys.argv[1:4])

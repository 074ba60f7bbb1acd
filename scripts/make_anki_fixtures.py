"""Writes the Anki fixtures; run through scripts/make-anki-fixtures (needs genanki and anki)."""
import os
import shutil
import sqlite3
import struct
import sys
import tempfile
import zipfile

import genanki
from anki.collection import Collection, ExportAnkiPackageOptions, ExportLimit, DeckIdLimit
from anki.collection import NoteIdsLimit

STORE, KIT = sys.argv[1], sys.argv[2]

CSS = ".card { font-family: arial; }"
FRONT_BACK = [{"name": "Front"}, {"name": "Back"}]
CARD1 = {"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}
CARD2 = {"name": "Card 2", "qfmt": "{{Back}}", "afmt": "{{FrontSide}}<hr id=answer>{{Front}}"}

BASIC = genanki.Model(1607392319, "Basic", fields=FRONT_BACK, templates=[CARD1], css=CSS)
REVERSED = genanki.Model(1607392320, "Basic (and reversed card)", fields=FRONT_BACK,
                         templates=[CARD1, CARD2], css=CSS)
OPTIONAL = genanki.Model(
    1607392321, "Basic (optional reversed card)",
    fields=FRONT_BACK + [{"name": "Add Reverse"}],
    templates=[CARD1, {"name": "Card 2", "qfmt": "{{#Add Reverse}}{{Back}}{{/Add Reverse}}",
                       "afmt": "{{FrontSide}}<hr id=answer>{{Front}}"}], css=CSS)
TYPE_IN = genanki.Model(
    1607392322, "Basic (type in the answer)", fields=FRONT_BACK,
    templates=[{"name": "Card 1", "qfmt": "{{Front}}\n\n{{type:Back}}",
                "afmt": "{{Front}}<hr id=answer>{{type:Back}}"}], css=CSS)
VOCAB = genanki.Model(
    1607392323, "Vocabulary (Arabic)",
    fields=[{"name": "Word"}, {"name": "Meaning"}, {"name": "Example"}],
    templates=[{"name": "Recognition", "qfmt": "{{Word}}", "afmt": "{{Meaning}}<br>{{Example}}"}], css=CSS)


def genanki_packages():
    basic = genanki.Deck(2059400110, "Geography")
    for fields, tags in [
        (["Capital of France", "Paris"], ["geo", "europe"]),
        (["<b>Largest</b> ocean&nbsp;on Earth<br>(by area)", "the <i>Pacific</i> &amp; nothing else"], ["geo"]),
        (["عاصمة مصر", "القاهرة"], ["عربي", "geo"]),
        (["Who exported the most arms in 2019-2023? [sound:q.mp3]", "United States<div>(SIPRI)</div>"], []),
    ]:
        basic.add_note(genanki.Note(model=BASIC, fields=fields, tags=tags))
    genanki.Package(basic).write_to_file(os.path.join(STORE, "genanki-basic.apkg"))

    reversed_deck = genanki.Deck(2059400111, "Vocabulary")
    for fields, tags in [(["book", "كتاب"], ["vocab"]), (["pen", "قلم"], ["vocab"])]:
        reversed_deck.add_note(genanki.Note(model=REVERSED, fields=fields, tags=tags))
    genanki.Package(reversed_deck).write_to_file(os.path.join(STORE, "genanki-reversed.apkg"))

    optional = genanki.Deck(2059400112, "Optional")
    optional.add_note(genanki.Note(model=OPTIONAL, fields=["NATO founded", "1949", "y"]))
    optional.add_note(genanki.Note(model=OPTIONAL, fields=["EU founded", "1993", ""]))
    genanki.Package(optional).write_to_file(os.path.join(STORE, "genanki-optional-reversed.apkg"))

    # Two decks under one top level, plus note types the reader skips or maps generically.
    exporters = genanki.Deck(2059400113, "Arms Trade::Exporters")
    importers = genanki.Deck(2059400114, "Arms Trade::Importers")
    exporters.add_note(genanki.Note(model=BASIC, fields=["Top exporter 2019-2023", "United States"], tags=["sipri"]))
    exporters.add_note(genanki.Note(model=TYPE_IN, fields=["Second exporter 2019-2023", "France"], tags=["sipri"]))
    importers.add_note(genanki.Note(model=BASIC, fields=["Top importer 2019-2023", "India"], tags=["sipri"]))
    importers.add_note(genanki.Note(model=genanki.CLOZE_MODEL, fields=["{{c1::India}} imported the most arms", ""]))
    importers.add_note(genanki.Note(model=VOCAB, fields=["سلاح", "weapon", "<i>سلاح</i> ثقيل"]))
    genanki.Package([exporters, importers]).write_to_file(os.path.join(STORE, "genanki-two-decks.apkg"))


def anki_exports(workdir):
    col = Collection(os.path.join(workdir, "collection.anki2"))
    deck_id = col.decks.id("Middle East")
    notes = []
    for notetype, fields, tags in [
        ("Basic", ["Capital of Jordan", "Amman"], ["capitals"]),
        ("Basic", ["عاصمة الأردن", "عمّان"], ["عواصم"]),
        ("Basic (and reversed card)", ["Saudi Arabia", "السعودية"], ["countries"]),
        ("Basic (optional reversed card)", ["Iraq", "العراق", ""], []),
        ("Basic (type in the answer)", ["Capital of Lebanon", "<b>Beirut</b>"], ["capitals"]),
    ]:
        note = col.new_note(col.models.by_name(notetype))
        for index, value in enumerate(fields):
            note.fields[index] = value
        note.tags = tags
        col.add_note(note, deck_id)
        notes.append(note.id)
    limit = DeckIdLimit(deck_id)
    for legacy, name in [(True, "anki-legacy.apkg"), (False, "anki-new-format.apkg")]:
        options = ExportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False,
                                           with_media=True, legacy=legacy)
        col.export_anki_package(out_path=os.path.join(STORE, name), options=options, limit=limit)
    col.export_note_csv(out_path=os.path.join(KIT, "anki-notes-full.txt"), limit=limit, with_html=True,
                        with_tags=True, with_deck=True, with_notetype=True, with_guid=True)
    col.export_note_csv(out_path=os.path.join(KIT, "anki-notes-plain.txt"), limit=NoteIdsLimit(notes[:2]),
                        with_html=False, with_tags=True, with_deck=False, with_notetype=False, with_guid=False)
    col.close()


def write_zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def malformed(workdir):
    with zipfile.ZipFile(os.path.join(STORE, "genanki-basic.apkg")) as good:
        collection = good.read("collection.anki2")
    valid = open(os.path.join(STORE, "genanki-basic.apkg"), "rb").read()
    with open(os.path.join(STORE, "bad-truncated.apkg"), "wb") as out:
        out.write(valid[: len(valid) // 2])
    with open(os.path.join(STORE, "bad-not-zip.apkg"), "wb") as out:
        out.write(b"front,back\nthis is a CSV file named .apkg,yes\n")
    write_zip(os.path.join(STORE, "bad-zip-slip.apkg"),
              [("collection.anki2", collection), ("../../evil.txt", b"escaped"), ("media", b"{}")])
    write_zip(os.path.join(STORE, "bad-absolute-path.apkg"),
              [("collection.anki2", collection), ("/tmp/evil.txt", b"escaped"), ("media", b"{}")])
    write_zip(os.path.join(STORE, "bad-no-collection.apkg"), [("media", b"{}"), ("0", b"not media")])
    write_zip(os.path.join(STORE, "bad-not-sqlite.apkg"),
              [("collection.anki2", b"this is not a database, just text\n" * 4), ("media", b"{}")])
    # SQLite's header, then damaged pages: SQLite itself must refuse it.
    damaged = bytearray(collection)
    damaged[100:4096] = b"\xAB" * (4096 - 100)
    write_zip(os.path.join(STORE, "bad-damaged-db.apkg"), [("collection.anki2", bytes(damaged)), ("media", b"{}")])
    # A valid SQLite database that is no Anki collection.
    other = os.path.join(workdir, "other.sqlite")
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    write_zip(os.path.join(STORE, "bad-not-anki-db.apkg"),
              [("collection.anki2", open(other, "rb").read()), ("media", b"{}")])
    # A bomb that declares 4 GB: the real data is 1 KiB of zeros, the sizes are patched.
    bomb = os.path.join(STORE, "bad-zip-bomb.apkg")
    write_zip(bomb, [("collection.anki2", b"\0" * 1024), ("media", b"{}")])
    patch_uncompressed_size(bomb, "collection.anki2", 0xFFFF_FFF0)
    # A liar: declares 1 KiB but inflates to 2 MiB; extraction must stop at the declared size.
    liar = os.path.join(STORE, "bad-lying-size.apkg")
    write_zip(liar, [("collection.anki2", collection + b"\0" * (2 * 1024 * 1024)), ("media", b"{}")])
    patch_uncompressed_size(liar, "collection.anki2", 1024)


def patch_uncompressed_size(path, name, size):
    """Rewrites an entry's uncompressed size in its local header and the central directory."""
    data = bytearray(open(path, "rb").read())
    encoded = name.encode()
    for signature, size_offset, name_offset in [(b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)]:
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if data[start + name_offset: start + name_offset + len(encoded)] == encoded:
                struct.pack_into("<I", data, start + size_offset, size)
            start += 4
    open(path, "wb").write(bytes(data))


def hand_written_text():
    """CSV/TSV edge cases, written byte for byte (BOM, CRLF, quotes, comments)."""
    files = {
        "edge-cases.csv": "\ufeff"
        "Capital of France,Paris,geo europe\r\n"
        "\r\n"
        "# a comment line, skipped\r\n"
        "\"He said \"\"hello\"\", then left\",\"a quote\r\nover two lines\",quotes\r\n"
        "عاصمة مصر,القاهرة,عربي\r\n"
        "\"Comma, inside\",\"yes, it is\"\r\n"
        "Capital of France,Paris (updated),geo\r\n",
        # Entities hold the separator, so those fields are quoted, as Anki's exporter does.
        "headers.txt": "#separator:Semicolon\n"
        "#html:true\n"
        "#tags:imported arabic\n"
        "#deck:Arms Trade::SIPRI\n"
        "#columns:Back;Front;Tags\n"
        "\"<b>10th</b>&nbsp;place\";What rank did <i>South Korea</i> hold?<br>(SIPRI);ranking\n"
        "الولايات المتحدة [sound:us.mp3];\"&lt;Top&gt; exporter &amp; &#x41;&#66;\";\n",
        "guess-tab.tsv": "front\tback, with comma; and semicolon\n"
        "one\ttwo\n",
        "guess-semicolon.csv": "front;back, with comma\n"
        "one;two\n",
    }
    for name, text in files.items():
        with open(os.path.join(KIT, name), "w", encoding="utf-8", newline="") as out:
            out.write(text)


def main():
    workdir = tempfile.mkdtemp(prefix="factdrill-anki-")
    try:
        genanki_packages()
        anki_exports(workdir)
        malformed(workdir)
        hand_written_text()
    finally:
        shutil.rmtree(workdir)


main()

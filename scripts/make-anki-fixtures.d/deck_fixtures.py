"""Builds the AnkiDeck fixtures with Anki's own `anki` package (the code Anki desktop runs).

Usage (normally through scripts/make-anki-fixtures, which runs it in its venv with TZ=UTC):
    python deck_fixtures.py OUT_DIR

Writes, into OUT_DIR: deck-modern.apkg, deck-legacy.apkg, deck.colpkg, deck-notes-headers.txt,
deck-notes-plain.txt and manifest.json (what Anki says about every card), then re-imports every
package into a fresh collection and prints the counts.

How time is simulated. Anki's Rust backend reads the real clock; it cannot be told the time. The
scheduler's day number ("today") is the number of rollovers between the collection's creation
date (`col.crt`) and now, and every review is answered through the real scheduler
(`col.sched.answer_card` with a CardAnswer built from the backend's own scheduling states). To move
to the next day we move the whole collection one day into the past: `crt`, the revlog ids, the
intraday learning due stamps and each card's last-review stamp (`lrt` in cards.data) all go back by
86,400 s, so the scheduler sees a day pass. Day-number dues (review cards) stay as they are,
exactly as in a real collection. Answers carry explicit `answered_at_millis` (a fixed time of the
simulated day) and `milliseconds_taken`, so revlog ids and times are fixed. Intraday learning dues
are computed by Anki from the real clock; right after each answer we re-base them on the answer
time, keeping Anki's own delay (step plus its fuzz). At the end every stamp is shifted so that the
collection was created at FIXED_CRT and today is FINAL_DAY; modification stamps are then pinned.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import struct
import sys
import tempfile
import time
import zipfile
import zlib

os.environ["TZ"] = "UTC"
time.tzset()

from anki.collection import (  # noqa: E402
    Collection,
    DeckIdLimit,
    ExportAnkiPackageOptions,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)
from anki.scheduler_pb2 import CardAnswer  # noqa: E402

DAY = 86_400
FIXED_CRT = 1_767_585_600          # 2026-01-05 04:00:00 UTC, a rollover (04:00) instant
FINAL_DAY = 30                      # "today" at export, in days since FIXED_CRT
EXPORT_STAMP = FIXED_CRT + FINAL_DAY * DAY + 13 * 3600   # pinned modification time (secs)
NOTE_ID_BASE = FIXED_CRT * 1000 + 1_000        # notes: ms stamps on day 0
CARD_ID_BASE = FIXED_CRT * 1000 + 500_000      # cards: ms stamps on day 0
NOTETYPE_ID_BASE = FIXED_CRT * 1000 + 100      # notetypes: ms stamps on day 0
DECK_IDS = {"Analyst": 1_767_585_600_010, "Analyst::Arabic": 1_767_585_600_011}
ARABIC_PRESET_ID = 1_767_585_600_020
REVIEW_HOUR = 6 * 3600              # simulated answers start 06:00 after the day's rollover

AGAIN, HARD, GOOD, EASY = CardAnswer.AGAIN, CardAnswer.HARD, CardAnswer.GOOD, CardAnswer.EASY


# --------------------------------------------------------------------------------------------
# Media


def tiny_png() -> bytes:
    """A valid 2x2 RGB PNG (red, green / green, red)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"\x00" + b"\xff\x00\x00" + b"\x00\x99\x00" + b"\x00" + b"\x00\x99\x00" + b"\xff\x00\x00"
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# An ID3 header and one silent-ish MPEG frame header: enough bytes for a ".mp3" that is a file.
TINY_MP3 = b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + b"\x00" * 28
IMAGE_NAME = "flag-egypt.png"
SOUND_NAME = "kitab.mp3"


# --------------------------------------------------------------------------------------------
# The deck: (key, deck, notetype, fields, tags). Keys name notes in the review plan and manifest.

NOTES = [
    ("basic-html", "Analyst", "Basic",
     ["<b>Largest</b> ocean&nbsp;on Earth<br>(by area)", "the <i>Pacific</i> &amp; nothing else"],
     ["geo::oceans", "html"]),
    ("basic-arabic", "Analyst::Arabic", "Basic", ["عاصمة مصر", "القاهرة"], ["عربي", "geo::africa"]),
    ("basic-image", "Analyst::Arabic", "Basic", [f'<img src="{IMAGE_NAME}">', "Egypt (مصر)"],
     ["flags", "geo::africa"]),
    ("reversed-sound", "Analyst::Arabic", "Basic (and reversed card)",
     ["book", f"كتاب [sound:{SOUND_NAME}]"], ["vocab", "عربي"]),
    ("reversed-treaty", "Analyst", "Basic (and reversed card)",
     ["Peace of Westphalia", "1648"], ["history"]),
    ("optional-filled", "Analyst", "Basic (optional reversed card)",
     ["NATO founded", "1949", "y"], ["history", "nato"]),
    ("optional-empty", "Analyst", "Basic (optional reversed card)",
     ["EU founded (Maastricht)", "1993", ""], ["history", "geo::europe"]),
    ("type-in", "Analyst", "Basic (type in the answer)", ["Capital of Lebanon", "Beirut"],
     ["geo::middle-east"]),
    ("cloze-arabic", "Analyst::Arabic", "Cloze",
     ["تأسس حلف الناتو عام {{c1::1949}} في {{c2::واشنطن}}", "North Atlantic Treaty"], ["عربي", "nato"]),
    ("cloze-hint", "Analyst", "Cloze", ["{{c1::Paris::capital}} lies on the Seine", ""],
     ["geo::europe"]),
    ("cloze-nested", "Analyst", "Cloze",
     ["{{c1::The {{c2::Nile}} river}} flows north", "Longest river in Africa"], ["geo::africa"]),
    ("fact-sipri", "Analyst", "Analyst Fact",
     ["SIPRI", "Stockholm International Peace Research Institute", "sipri.org"], ["sources"]),
    ("fact-league", "Analyst::Arabic", "Analyst Fact",
     ["جامعة الدول العربية", "Arab League, founded 1945 in Cairo", "<i>Pact of the League</i>"],
     ["sources", "عربي"]),
]

# Review plan: (day, card key, rating, gap). Card keys are "<note key>/<ord>". A gap is the minutes
# since this card's previous answer on the same day (learning steps), else answers are spaced by
# 37 s. Everything goes through the real scheduler with FSRS on.
PLAN = [
    (0, "basic-html/0", GOOD, None), (0, "basic-html/0", GOOD, 10),
    (0, "basic-arabic/0", EASY, None),
    (0, "basic-image/0", GOOD, None), (0, "basic-image/0", GOOD, 10),
    (0, "reversed-treaty/0", GOOD, None), (0, "reversed-treaty/0", GOOD, 10),
    (0, "reversed-sound/0", AGAIN, None), (0, "reversed-sound/0", GOOD, 2), (0, "reversed-sound/0", GOOD, 10),
    (0, "cloze-nested/0", GOOD, None), (0, "cloze-nested/0", GOOD, 10),
    (0, "fact-sipri/0", HARD, None), (0, "fact-sipri/0", GOOD, 8), (0, "fact-sipri/0", GOOD, 10),
    (0, "optional-filled/0", GOOD, None), (0, "optional-filled/0", GOOD, 10),
    (1, "cloze-arabic/0", GOOD, None), (1, "cloze-arabic/0", EASY, 10),
    (1, "type-in/0", GOOD, None), (1, "type-in/0", GOOD, 10),
    (3, "basic-html/0", GOOD, None),
    (3, "basic-image/0", AGAIN, None), (3, "basic-image/0", GOOD, 10),     # a lapse, relearnt
    (3, "reversed-treaty/0", HARD, None),
    (3, "reversed-sound/0", GOOD, None),
    (3, "cloze-nested/0", GOOD, None),
    (3, "fact-sipri/0", GOOD, None),
    (4, "optional-filled/0", GOOD, None),
    (6, "basic-arabic/0", GOOD, None),
    (6, "type-in/0", EASY, None),
    (7, "basic-image/0", GOOD, None),
    (9, "cloze-arabic/0", HARD, None),
    (11, "basic-html/0", GOOD, None),
    (12, "reversed-treaty/0", GOOD, None),
    (14, "reversed-sound/0", EASY, None),
    (15, "cloze-nested/0", AGAIN, None), (15, "cloze-nested/0", GOOD, 10),  # a second lapse
    (18, "fact-sipri/0", GOOD, None),
    (21, "basic-arabic/0", GOOD, None),
    (24, "basic-image/0", HARD, None),
    (30, "reversed-treaty/0", AGAIN, None),       # final day: lapse, left in relearning
    (30, "cloze-hint/0", AGAIN, None),            # final day: new card, left in learning
]
SUSPEND = ["fact-sipri/0"]          # reviewed, then suspended on the final day
BURY = ["optional-empty/0"]         # a new card, buried by hand on the final day
FLAGS = {"basic-html/0": 1, "cloze-arabic/0": 4}   # red, blue
DESIRED_RETENTION = {"Default": 0.9, "Arabic (0.85)": 0.85}


# --------------------------------------------------------------------------------------------
# Building


def reopen(col: Collection) -> Collection:
    path = col.path
    col.close()
    return Collection(path)


def add_analyst_notetype(col: Collection) -> None:
    mm = col.models
    nt = mm.new("Analyst Fact")
    for name in ["Subject", "Fact", "Source"]:
        mm.add_field(nt, mm.new_field(name))
    forward = mm.new_template("Forward")
    forward["qfmt"] = "{{Subject}}"
    forward["afmt"] = "{{FrontSide}}<hr id=answer>{{Fact}}<br>{{Source}}"
    reverse = mm.new_template("Reverse")
    reverse["qfmt"] = "{{Fact}}"
    reverse["afmt"] = "{{FrontSide}}<hr id=answer>{{Subject}}"
    mm.add_template(nt, forward)
    mm.add_template(nt, reverse)
    nt["css"] = ".card { font-family: arial; font-size: 20px; text-align: center; }"
    mm.add(nt)


def pin_structure_ids(col: Collection) -> Collection:
    """Gives notetypes, decks and the second preset fixed ids (Anki makes them from the clock)."""
    db = col.db
    names = ["Basic", "Basic (and reversed card)", "Basic (optional reversed card)",
             "Basic (type in the answer)", "Cloze", "Image Occlusion", "Analyst Fact"]
    for index, name in enumerate(names):
        old = db.scalar("select id from notetypes where name = ?", name)
        new = NOTETYPE_ID_BASE + index
        db.execute("update notetypes set id = ? where id = ?", new, old)
        db.execute("update fields set ntid = ? where ntid = ?", new, old)
        db.execute("update templates set ntid = ? where ntid = ?", new, old)
        db.execute("update notes set mid = ? where mid = ?", new, old)
    for name, new in DECK_IDS.items():
        old = db.scalar("select id from decks where name = ?", name.replace("::", "\x1f"))
        db.execute("update decks set id = ? where id = ?", new, old)
    old = db.scalar("select id from deck_config where name = 'Arabic (0.85)'")
    db.execute("update deck_config set id = ? where id = ?", ARABIC_PRESET_ID, old)
    col = reopen(col)
    col.set_config("curModel", NOTETYPE_ID_BASE)
    # Field and template ids are random 64-bit numbers; pin them too (no notes exist yet).
    for index, name in enumerate(names):
        nt = col.models.by_name(name)
        for i, field in enumerate(nt["flds"]):
            field["id"] = nt["id"] * 100 + i
        for i, template in enumerate(nt["tmpls"]):
            template["id"] = nt["id"] * 100 + 50 + i
        col.models.update_dict(nt)
    return col


def build(workdir: str):
    path = os.path.join(workdir, "collection.anki2")
    col = Collection(path)
    # Keep the simulated day boundary about 12 h away from the real clock while we work.
    rollover = (time.gmtime().tm_hour + 12) % 24
    set_rollover(col, rollover)
    col.decks.id("Analyst")
    col.decks.id("Analyst::Arabic")
    add_analyst_notetype(col)
    col.decks.add_config_returning_id("Arabic (0.85)")
    col = pin_structure_ids(col)

    # Presets: FSRS on (a collection-wide switch), desired retention per preset.
    for conf in col.decks.all_config():
        conf["desiredRetention"] = DESIRED_RETENTION[conf["name"]]
        col.decks.update_config(conf)
    arabic = col.decks.get(DECK_IDS["Analyst::Arabic"])
    arabic["conf"] = ARABIC_PRESET_ID
    col.decks.save(arabic)
    col.set_config("fsrs", True)

    # Media and notes.
    for name, data in [(IMAGE_NAME, tiny_png()), (SOUND_NAME, TINY_MP3)]:
        src = os.path.join(workdir, name)
        with open(src, "wb") as out:
            out.write(data)
        assert col.media.add_file(src) == name
    for index, (key, deck, notetype, fields, tags) in enumerate(NOTES):
        note = col.new_note(col.models.by_name(notetype))
        for i, value in enumerate(fields):
            note.fields[i] = value
        note.tags = tags
        note.guid = f"fd-{key}"[:20]
        col.add_note(note, DECK_IDS[deck])
    # Fixed note and card ids, in note order then template order.
    notes = col.db.all("select id, guid from notes order by id")
    keys = {f"fd-{key}"[:20]: key for key, *_ in NOTES}
    order = {key: i for i, (key, *_) in enumerate(NOTES)}
    card_keys = {}
    next_card = 0
    for old_nid, guid in sorted(notes, key=lambda row: order[keys[row[1]]]):
        key = keys[guid]
        new_nid = NOTE_ID_BASE + order[key] * 1000
        col.db.execute("update notes set id = ? where id = ?", new_nid, old_nid)
        col.db.execute("update cards set nid = ? where nid = ?", new_nid, old_nid)
        for old_cid, ord_ in col.db.all("select id, ord from cards where nid = ? order by ord", new_nid):
            new_cid = CARD_ID_BASE + next_card * 1000
            next_card += 1
            col.db.execute("update cards set id = ? where id = ?", new_cid, old_cid)
            card_keys[f"{key}/{ord_}"] = new_cid
    col = reopen(col)
    return col, rollover, card_keys


def set_rollover(col: Collection, hour: int) -> None:
    # Going through the preferences also drops the backend's cached day timing.
    prefs = col.get_preferences()
    prefs.scheduling.rollover = hour
    col.set_preferences(prefs)


def refresh_timing(col: Collection, rollover: int) -> None:
    set_rollover(col, (rollover + 1) % 24)
    set_rollover(col, rollover)


def shift_stamps(col: Collection, secs: int) -> None:
    """Moves every absolute stamp (not day numbers) by `secs`."""
    db = col.db
    db.execute("update col set crt = crt + ?", secs)
    # Two steps so no id collides with another row's while moving.
    db.execute("update revlog set id = -(id + ?)", secs * 1000)
    db.execute("update revlog set id = -id")
    db.execute("update cards set due = due + ? where due > 1000000000", secs)
    for cid, data in db.all("select id, data from cards where data like '%\"lrt\"%'"):
        parsed = json.loads(data)
        parsed["lrt"] += secs
        db.execute("update cards set data = ? where id = ?", json.dumps(parsed, separators=(",", ":")), cid)


def answer(col: Collection, cid: int, rating, answered_at: int, taken_ms: int) -> None:
    card = col.get_card(cid)
    states = col._backend.get_scheduling_states(cid)
    new_state = {AGAIN: states.again, HARD: states.hard, GOOD: states.good, EASY: states.easy}[rating]
    request = CardAnswer(card_id=cid, current_state=states.current, new_state=new_state, rating=rating,
                         answered_at_millis=answered_at * 1000, milliseconds_taken=taken_ms)
    before = int(time.time())
    col.sched.answer_card(request)
    after = int(time.time())
    card = col.get_card(cid)
    assert card.last_review_time == answered_at, (card.last_review_time, answered_at)
    if card.due > 1_000_000_000:
        # Intraday (re)learning: Anki used the real clock; keep its delay, re-base on the answer.
        now = before if before == after else card.mod
        col.db.execute("update cards set due = ? where id = ?", answered_at + card.due - now, cid)


def simulate(col: Collection, rollover: int, card_keys: dict) -> None:
    day_start = col.sched.day_cutoff - DAY
    col.crt = day_start             # the collection is "created" at the start of simulated day 0
    refresh_timing(col, rollover)
    assert col.sched.today == 0, col.sched.today
    base_crt = col.crt
    day = 0
    clock = {}
    step = 0
    for plan_day, key, rating, gap in PLAN:
        while day < plan_day:
            shift_stamps(col, -DAY)
            day += 1
            refresh_timing(col, rollover)
            assert col.sched.today == day, (col.sched.today, day)
            assert col.sched.day_cutoff - DAY == day_start
        if plan_day not in clock:
            clock[plan_day] = day_start + REVIEW_HOUR
        if gap is not None:
            clock[plan_day] += gap * 60
        else:
            clock[plan_day] += 37
        step += 1
        answer(col, card_keys[key], rating, clock[plan_day], 4_000 + (step * 1_733) % 9_000)
    while day < FINAL_DAY:
        shift_stamps(col, -DAY)
        day += 1
        refresh_timing(col, rollover)
    assert col.sched.today == FINAL_DAY
    col.sched.suspend_cards([card_keys[k] for k in SUSPEND])
    col.sched.bury_cards([card_keys[k] for k in BURY], manual=True)
    for key, flag in FLAGS.items():
        col.set_user_flag_for_cards(flag, [card_keys[key]])
    # Re-base: created at FIXED_CRT, today is FINAL_DAY, rollover back to Anki's default 04:00.
    delta = FIXED_CRT + FINAL_DAY * DAY - day_start
    shift_stamps(col, delta)
    assert col.crt == FIXED_CRT == base_crt - FINAL_DAY * DAY + delta, col.crt
    set_rollover(col, 4)


def pin_mod_times(col: Collection) -> Collection:
    db = col.db
    for table, column in [("cards", "mod"), ("notes", "mod"), ("decks", "mtime_secs"),
                          ("deck_config", "mtime_secs"), ("notetypes", "mtime_secs"),
                          ("templates", "mtime_secs"), ("config", "mtime_secs")]:
        db.execute(f"update {table} set {column} = ?", EXPORT_STAMP)
    db.execute("update col set mod = ?, scm = ?, ls = 0", EXPORT_STAMP * 1000, FIXED_CRT * 1000)
    col = reopen(col)
    col.db.execute("update col set mod = ?", EXPORT_STAMP * 1000)
    return col


# --------------------------------------------------------------------------------------------
# Manifest


def memory(card) -> dict | None:
    if card.memory_state is None:
        return None
    return {"stability": round(card.memory_state.stability, 6),
            "difficulty": round(card.memory_state.difficulty, 6)}


def manifest(col: Collection, card_keys: dict, media_dir: str) -> dict:
    key_of = {cid: key for key, cid in card_keys.items()}
    used_notetypes = sorted({nt for _, _, nt, _, _ in NOTES})
    notetypes = []
    for name in used_notetypes:
        nt = col.models.by_name(name)
        notetypes.append({
            "id": nt["id"], "name": name, "kind": "cloze" if nt["type"] == 1 else "normal",
            "fields": [f["name"] for f in nt["flds"]],
            "templates": [{"ord": t["ord"], "name": t["name"], "qfmt": t["qfmt"], "afmt": t["afmt"]}
                          for t in nt["tmpls"]],
        })
    decks = []
    for name, did in DECK_IDS.items():
        deck = col.decks.get(did)
        conf = col.decks.config_dict_for_deck_id(did)
        decks.append({"id": did, "name": name, "preset": conf["name"], "presetId": conf["id"],
                      "desiredRetention": round(conf["desiredRetention"], 6)})
    cards = []
    for cid in col.db.list("select id from cards order by id"):
        card = col.get_card(cid)
        note = card.note()
        nt = note.note_type()
        template = nt["tmpls"][card.ord] if nt["type"] == 0 else nt["tmpls"][0]
        out = card.render_output()
        computed = col.compute_memory_state(cid)
        revlog = [
            {"id": r[0], "ease": r[1], "ivl": r[2], "lastIvl": r[3], "factor": r[4], "time": r[5],
             "type": r[6]}
            for r in col.db.all("select id, ease, ivl, lastIvl, factor, time, type from revlog "
                                "where cid = ? order by id", cid)
        ]
        cards.append({
            "key": key_of[cid], "id": cid, "noteId": note.id, "guid": note.guid,
            "notetype": nt["name"], "ord": card.ord, "template": template["name"],
            "deck": col.decks.name(card.did), "tags": note.tags, "fields": dict(zip([f["name"] for f in nt["flds"]], note.fields)),
            "question": out.question_text, "answer": out.answer_text,
            "questionAv": [str(tag) for tag in out.question_av_tags],
            "answerAv": [str(tag) for tag in out.answer_av_tags],
            "type": card.type, "queue": card.queue, "due": card.due, "ivl": card.ivl,
            "factor": card.factor, "reps": card.reps, "lapses": card.lapses, "left": card.left,
            "odue": card.odue, "odid": card.odid, "flags": card.flags,
            "memoryState": memory(card),
            "desiredRetention": None if card.desired_retention is None else round(card.desired_retention, 6),
            "decay": None if card.decay is None else round(card.decay, 6),
            "lastReviewTime": card.last_review_time,
            "data": col.db.scalar("select data from cards where id = ?", cid),
            "computedFromRevlog": None if computed.stability is None else {
                "stability": round(computed.stability, 6), "difficulty": round(computed.difficulty, 6),
                "desiredRetention": round(computed.desired_retention, 6)},
            "revlog": revlog,
        })
    media = []
    for name in sorted(os.listdir(media_dir)):
        data = open(os.path.join(media_dir, name), "rb").read()
        media.append({"name": name, "size": len(data), "sha1": hashlib.sha1(data).hexdigest()})
    return {
        "generator": "scripts/make-anki-fixtures.d/deck_fixtures.py",
        "ankiVersion": anki_version(),
        "notes": "question/answer are Anki's rendered HTML without the <style> block "
                 "(TemplateRenderOutput.question_text/answer_text); sound becomes [anki:play:q:N] "
                 "and is listed in questionAv/answerAv. Floats are rounded to 6 places.",
        "crt": col.crt, "today": FINAL_DAY,
        "dayCutoff": FIXED_CRT + (FINAL_DAY + 1) * DAY, "rolloverHour": 4, "fsrs": col.get_config("fsrs"),
        "totals": {"notes": col.note_count(), "cards": col.card_count(),
                   "revlog": col.db.scalar("select count() from revlog"), "decks": len(DECK_IDS),
                   "media": [m["name"] for m in media]},
        "notetypes": notetypes, "decks": decks, "media": media, "cards": cards,
    }


def anki_version() -> str:
    from importlib.metadata import version
    return version("anki")


# --------------------------------------------------------------------------------------------
# Package fingerprints: what a package holds, minus the bytes Anki makes from the clock or a hash
# map's order. Used to keep an existing fixture when a new export says the same thing.


def package_fingerprint(path: str) -> str:
    import io
    import zstandard
    from anki.import_export_pb2 import MediaEntries

    def unzstd(data: bytes) -> bytes:
        if data[:4] == b"\x28\xb5\x2f\xfd":
            return zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)).read()
        return data

    archive = zipfile.ZipFile(path)
    names = archive.namelist()
    out = {"entries": sorted(names), "meta": archive.read("meta").hex() if "meta" in names else None}
    raw_media = unzstd(archive.read("media"))
    if raw_media[:1] == b"{":
        index = json.loads(raw_media)
    else:
        entries = MediaEntries.FromString(raw_media).entries
        index = {str(i): entry.name for i, entry in enumerate(entries)}
    out["media"] = sorted((name, hashlib.sha1(unzstd(archive.read(number))).hexdigest())
                          for number, name in index.items())
    main_db = [n for n in names if n in ("collection.anki21b", "collection.anki21")]
    for name in main_db or ["collection.anki2"]:   # collection.anki2 beside them is a stub
        tmp = tempfile.NamedTemporaryFile(delete=False, suffix=".db")
        tmp.write(unzstd(archive.read(name)))
        tmp.close()
        con = sqlite3.connect(tmp.name)
        con.create_collation("unicase", lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))
        tables = {}
        notetypes = {row[0] for row in con.execute("select id from notetypes")} if name.endswith("b") else set()
        for (table,) in con.execute("select name from sqlite_master where type = 'table' order by name"):
            columns = [row[1].lower() for row in con.execute(f"pragma table_info({table})")]
            rows = []
            for row in con.execute(f"select * from {table}"):
                row = dict(zip(columns, row))
                if table == "col":
                    row["mod"] = row["scm"] = None              # export clock
                    for key in ("conf", "models", "decks", "dconf", "tags"):
                        if row.get(key):                          # legacy JSON: key order varies
                            value = json.loads(row[key])
                            if key == "conf":
                                value.pop("curModel", None)
                            row[key] = value
                if table == "config" and row["key"] == "curModel":
                    continue                                       # exporter's own stock notetype
                if table in ("fields", "templates") and notetypes and row["ntid"] not in notetypes:
                    continue                                       # orphans of those stock notetypes
                rows.append(json.dumps(row, sort_keys=True, default=lambda b: b.hex(), ensure_ascii=False))
            tables[table] = sorted(rows)
        con.close()
        os.unlink(tmp.name)
        out[name] = tables
    return json.dumps(out, sort_keys=True, ensure_ascii=False)


def place(new: str, final: str) -> str:
    """Moves a fresh export into place unless the existing file holds the same content."""
    if os.path.exists(final):
        if final.endswith(".txt") or final.endswith(".json"):
            same = open(final, "rb").read() == open(new, "rb").read()
        else:
            same = package_fingerprint(final) == package_fingerprint(new)
        if same:
            os.unlink(new)
            return "unchanged, kept"
    shutil.move(new, final)
    os.chmod(final, 0o644)            # Anki writes packages 0600
    return "written"


# --------------------------------------------------------------------------------------------
# Exports and verification


def export_all(col: Collection, out: str) -> None:
    limit = DeckIdLimit(DECK_IDS["Analyst"])
    for legacy, name in [(False, "deck-modern.apkg"), (True, "deck-legacy.apkg")]:
        options = ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True,
                                           with_media=True, legacy=legacy)
        col.export_anki_package(out_path=os.path.join(out, name), options=options, limit=limit)
    col.export_note_csv(out_path=os.path.join(out, "deck-notes-headers.txt"), limit=limit,
                        with_html=True, with_tags=True, with_deck=True, with_notetype=True, with_guid=True)
    col.export_note_csv(out_path=os.path.join(out, "deck-notes-plain.txt"), limit=limit,
                        with_html=False, with_tags=False, with_deck=False, with_notetype=False,
                        with_guid=False)
    # Closes the collection.
    col.export_collection_package(os.path.join(out, "deck.colpkg"), include_media=True, legacy=False)


def counts(col: Collection) -> tuple[int, int, int]:
    return (col.note_count(), col.card_count(), col.db.scalar("select count() from revlog"))


def verify(out: str, expected: tuple[int, int, int]) -> list:
    rows = []
    for name in ["deck-modern.apkg", "deck-legacy.apkg"]:
        workdir = tempfile.mkdtemp(prefix="factdrill-verify-")
        try:
            col = Collection(os.path.join(workdir, "collection.anki2"))
            request = ImportAnkiPackageRequest(
                package_path=os.path.join(out, name),
                options=ImportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True))
            col.import_anki_package(request)
            rows.append((name, *counts(col), sorted(os.listdir(col.media.dir()))))
            col.close()
        finally:
            shutil.rmtree(workdir)
    workdir = tempfile.mkdtemp(prefix="factdrill-verify-")
    try:
        col = Collection(os.path.join(workdir, "collection.anki2"))
        col.close()
        col._backend.import_collection_package(
            col_path=os.path.join(workdir, "collection.anki2"), backup_path=os.path.join(out, "deck.colpkg"),
            media_folder=os.path.join(workdir, "collection.media"),
            media_db=os.path.join(workdir, "collection.media.db2"))
        col.reopen()
        rows.append(("deck.colpkg", *counts(col), sorted(os.listdir(col.media.dir()))))
        col.close()
    finally:
        shutil.rmtree(workdir)
    for name, notes, cards, revlog, media in rows:
        print(f"  re-import {name:18} notes={notes} cards={cards} revlog={revlog} media={media}")
        assert (notes, cards, revlog) == expected, (name, (notes, cards, revlog), expected)
    return rows


OUTPUTS = ["deck-modern.apkg", "deck-legacy.apkg", "deck.colpkg", "deck-notes-headers.txt",
           "deck-notes-plain.txt", "manifest.json"]


def main() -> None:
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    workdir = tempfile.mkdtemp(prefix="factdrill-deck-")
    try:
        col, rollover, card_keys = build(workdir)
        simulate(col, rollover, card_keys)
        col = pin_mod_times(col)
        data = manifest(col, card_keys, col.media.dir())
        expected = counts(col)
        fresh = os.path.join(workdir, "out")
        os.makedirs(fresh)
        export_all(col, fresh)
        with open(os.path.join(fresh, "manifest.json"), "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1, sort_keys=False)
            handle.write("\n")
        print(f"  AnkiDeck: notes={expected[0]} cards={expected[1]} revlog={expected[2]} (anki {anki_version()})")
        for name in OUTPUTS:
            status = place(os.path.join(fresh, name), os.path.join(out, name))
            size = os.path.getsize(os.path.join(out, name))
            assert size < 200_000, (name, size)
            print(f"  {name:24} {size:7} bytes  {status}")
        verify(out, expected)
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()

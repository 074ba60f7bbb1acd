"""Imports a CSV into a fresh Anki collection with the `anki` package's own CSV importer (the one
Anki's File > Import uses: get_csv_metadata + import_csv), and prints one JSON line:
{"seconds": wall, "cpu": cpu seconds, "notes": notes added, "version": anki version}.
The collection is created before the clock starts, as factdrill's database is.

    anki_import.py CSV COLLECTION_DIR
"""
import json
import os
import sys
import time


def main(csv_path, folder):
    from importlib.metadata import version
    from anki.collection import Collection, ImportCsvRequest

    col = Collection(os.path.join(folder, "collection.anki2"))
    begin, begin_cpu = time.perf_counter(), time.process_time()
    metadata = col.get_csv_metadata(path=csv_path, delimiter=None)
    result = col.import_csv(ImportCsvRequest(path=csv_path, metadata=metadata))
    seconds, cpu = time.perf_counter() - begin, time.process_time() - begin_cpu
    notes = col.note_count()
    col.close()
    print(json.dumps({"seconds": seconds, "cpu": cpu, "notes": notes, "new": len(result.log.new),
                      "version": version("anki")}))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])

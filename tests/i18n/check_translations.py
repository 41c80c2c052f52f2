#!/usr/bin/env python3
"""Checks a Qt Linguist .ts file.

  check_translations.py complete TS
      Every message is translated: none unfinished, vanished or obsolete, none empty; each translation
      keeps the source's placeholders (%1, %n...) and, where the source has a mnemonic (&X), has one.

  check_translations.py current TS LUPDATE SOURCE_DIR...
      The file holds exactly the messages of the sources: lupdate, run on a copy the way the
      update_translations target runs it, adds and drops nothing.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(path):
    """(context, source, comment, numerus) -> translation element, for every message."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "",
                   message.get("numerus") == "yes")
            found[key] = message.find("translation")
    return found


def placeholders(text):
    return sorted(re.findall(r"%(?:\d+|n)", text))


def has_mnemonic(text):
    return re.search(r"&[^&\s]", text.replace("&&", "")) is not None


def complete(path):
    problems = []
    for (context, source, _, numerus), translation in messages(path).items():
        where = "%s: %r" % (context, source)
        state = translation.get("type")
        if state:
            problems.append("%s is %s" % (where, state))
            continue
        texts = [form.text or "" for form in translation.iter("numerusform")] if numerus else [translation.text or ""]
        for text in texts:
            if not text.strip():
                problems.append("%s has an empty translation" % where)
            elif placeholders(text) != placeholders(source):
                problems.append("%s: translation %r has placeholders %s, the source %s"
                                % (where, text, placeholders(text), placeholders(source)))
            elif has_mnemonic(source) != has_mnemonic(text):
                problems.append("%s: translation %r does not keep the mnemonic" % (where, text))
    return problems


def current(path, lupdate, source_dirs):
    with tempfile.TemporaryDirectory() as folder:
        copy = os.path.join(folder, os.path.basename(path))
        shutil.copyfile(path, copy)
        # The options of endpointdesk_add_translations (resources/Translations.cmake).
        subprocess.run([lupdate, *source_dirs, "-extensions", "cpp,h,ui", "-no-obsolete", "-locations", "none",
                        "-silent", "-ts", copy], check=True)
        before = set(messages(path))
        after = set(messages(copy))
    problems = ["not in the .ts (run the update_translations target): %s: %r" % (c, s)
                for c, s, _, _ in sorted(after - before)]
    problems += ["in the .ts but no longer in the sources: %s: %r" % (c, s) for c, s, _, _ in sorted(before - after)]
    return problems


def main(argv):
    if len(argv) >= 3 and argv[1] == "complete":
        problems = complete(argv[2])
    elif len(argv) >= 5 and argv[1] == "current":
        problems = current(argv[2], argv[3], argv[4:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for problem in problems:
        print(problem)
    count = len(messages(argv[2]))
    print("%s: %d messages, %d problems" % (os.path.basename(argv[2]), count, len(problems)))
    return 1 if problems or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

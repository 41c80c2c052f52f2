#!/usr/bin/python3
"""What a screen reader sees of Endpoint Desk, read through AT-SPI, and one endpoint created through it.

Usage: check_accessible_tree.py PATH/TO/endpoint-desk

Needs Xvfb and a D-Bus session (DBUS_SESSION_BUS_ADDRESS): scripts/run-tests.sh runs ctest inside
dbus-run-session. The test starts its own X server, so that no earlier test's clients (or their
absence, which makes an X server reset) can affect it, and the accessibility bus is started in the
session if none is up yet. Anything that cannot be reached is a failure, never a skip: the test
command always provides it.

1. starts `endpoint-desk --sandbox` with Qt's AT-SPI bridge on and waits for it in the desktop's tree;
2. checks the accessible names listed in CONTRIBUTING.md that show in the default (Token) sign-in, each
   with a fitting role, and the label relations of the inputs. On Linux Qt names a combo box after its
   current item whatever its accessible name says, so a combo box may be reached by its label instead;
3. presses "Create endpoint" through its AT-SPI action and waits for "Endpoint IPs" and "Domain name";
4. always ends the program (and the bus, if it started one).
"""

import os
import select
import signal
import subprocess
import sys
import tempfile
import time

TOTAL_TIMEOUT_S = 60      # the whole run, start to finish
APPEAR_TIMEOUT_S = 20     # the program's window in the accessible tree
FORM_TIMEOUT_S = 15       # the sandbox profile's project, VPC and subnet filled in
RESULT_TIMEOUT_S = 15     # the answer to "Create endpoint"
POLL_S = 0.2

BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
XVFB = "/usr/bin/Xvfb"
DISPLAY_TIMEOUT_S = 15    # Xvfb ready to accept clients


class Failure(Exception):
    pass


class Timeout(Exception):
    pass


def log(message):
    print(message, flush=True)


def wait_for(what, timeout, probe):
    """Polls probe() until it returns something truthy; raises Failure after timeout seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise Failure("timed out after %d s waiting for %s" % (timeout, what))
        time.sleep(POLL_S)


# --- the X display ---------------------------------------------------------------------------------

def start_display(children):
    """Starts a private Xvfb and points DISPLAY at it once it accepts clients.

    -displayfd makes Xvfb choose a free display and write its number only when it is ready, so there
    is no guessing and no polling. -noreset keeps it from resetting whenever its last client leaves,
    which would refuse a client that connects at that moment.
    """
    if not os.access(XVFB, os.X_OK):
        raise Failure("%s is missing (Debian package xvfb)" % XVFB)
    ready_read, ready_write = os.pipe()
    errors = tempfile.TemporaryFile(mode="w+")
    try:
        server = subprocess.Popen([XVFB, "-displayfd", str(ready_write), "-screen", "0", "1280x900x24",
                                   "-noreset", "-nolisten", "tcp"],
                                  pass_fds=(ready_write,), start_new_session=True,
                                  stdout=subprocess.DEVNULL, stderr=errors)
    finally:
        os.close(ready_write)
    children.append(("Xvfb", server))
    number = b""
    deadline = time.monotonic() + DISPLAY_TIMEOUT_S
    with os.fdopen(ready_read, "rb", buffering=0) as ready:
        while not number.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([ready], [], [], left)[0]:
                break
            chunk = ready.read(16)
            if not chunk:
                break
            number += chunk
    if not number.strip().isdigit():
        errors.seek(0)
        raise Failure("Xvfb did not become ready within %d s (exit status %s): %s"
                      % (DISPLAY_TIMEOUT_S, server.poll(), errors.read().strip() or "no output"))
    errors.close()
    os.environ["DISPLAY"] = ":" + number.strip().decode()
    os.environ.pop("XAUTHORITY", None)   # this server has no cookie; it lets local clients in
    log("X display: %s (Xvfb pid %d)" % (os.environ["DISPLAY"], server.pid))


# --- the accessibility bus --------------------------------------------------------------------------

def session_bus():
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        raise Failure("no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set); run under dbus-run-session")
    try:
        from gi.repository import Gio
        return Gio.bus_get_sync(Gio.BusType.SESSION, None)
    except Exception as error:  # noqa: BLE001 - any error here means the session bus is unusable
        raise Failure("cannot connect to the D-Bus session bus: %s" % error)


def a11y_bus_owned(bus):
    from gi.repository import GLib
    reply = bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                          "NameHasOwner", GLib.Variant("(s)", ("org.a11y.Bus",)),
                          GLib.VariantType("(b)"), 0, 2000, None)
    return reply.unpack()[0]


def a11y_bus_address(bus):
    reply = bus.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                          None, 0, 5000, None)
    return reply.unpack()[0]


def ensure_a11y_bus(children):
    """Starts the AT-SPI bus launcher in this D-Bus session unless a bus is already up."""
    bus = session_bus()
    if a11y_bus_owned(bus):
        log("AT-SPI bus: already running in this session")
    else:
        if not os.access(BUS_LAUNCHER, os.X_OK):
            raise Failure("%s is missing (Debian package at-spi2-core)" % BUS_LAUNCHER)
        launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], start_new_session=True,
                                    stdout=subprocess.DEVNULL)
        children.append(("at-spi-bus-launcher", launcher))
        wait_for("the AT-SPI bus launcher to own org.a11y.Bus", 10,
                 lambda: launcher.poll() is None and a11y_bus_owned(bus))
        log("AT-SPI bus: started by this test (pid %d)" % launcher.pid)
    address = a11y_bus_address(bus)
    if not address:
        raise Failure("org.a11y.Bus answered no bus address")
    log("AT-SPI bus address: %s" % address)


def import_pyatspi():
    # Only after the bus is up: libatspi looks for it once, when it is initialised.
    try:
        import pyatspi  # Debian: python3-pyatspi
    except ImportError as error:
        raise Failure("cannot import pyatspi with %s (Debian package python3-pyatspi): %s"
                      % (sys.executable, error))
    return pyatspi


# --- reading the tree -------------------------------------------------------------------------------

class Tree:
    def __init__(self, pyatspi):
        self.at = pyatspi
        self.text_roles = {pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_ENTRY}
        self.combo_roles = {pyatspi.ROLE_COMBO_BOX}
        self.button_roles = {pyatspi.ROLE_PUSH_BUTTON}
        self.list_roles = {pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX}
        self.label_roles = {pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC}

    def find_application(self, pid):
        desktop = self.at.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            try:
                app = desktop.getChildAtIndex(index)
                if app is not None and app.get_process_id() == pid and app.childCount > 0:
                    return app
            except Exception:  # noqa: BLE001 - an application that went away while we looked
                continue
        return None

    def walk(self, root, max_nodes=5000):
        """Every accessible under root, depth first; the rows of lists are not entered."""
        result = []
        stack = [root]
        while stack and len(result) < max_nodes:
            node = stack.pop()
            if node is None:
                continue
            result.append(node)
            try:
                if node.getRole() in self.list_roles:
                    continue
                stack.extend(reversed([node.getChildAtIndex(i) for i in range(node.childCount)]))
            except Exception:  # noqa: BLE001 - a child removed while we walked
                continue
        return result

    def showing(self, node):
        return node.getState().contains(self.at.STATE_SHOWING)

    def enabled(self, node):
        states = node.getState()
        return states.contains(self.at.STATE_ENABLED) or states.contains(self.at.STATE_SENSITIVE)

    def targets(self, node, relation_type):
        found = []
        for relation in node.getRelationSet():
            if relation.getRelationType() == relation_type:
                found.extend(relation.getTarget(i) for i in range(relation.getNTargets()))
        return found

    def text_of(self, node):
        try:
            text = node.queryText()
            return text.getText(0, text.characterCount)
        except NotImplementedError:
            return ""

    def describe(self, node):
        return "%s %r" % (node.getRoleName(), node.name)


def label_name(text):
    return text.strip().rstrip(":").strip()


def resolve(tree, nodes, name, roles):
    """The accessible for a design name: by its own name with a fitting role, else (for a combo box,
    which Qt on Linux names after its current item) through the label that names it.
    Returns (node, how) or (None, reason)."""
    direct = [n for n in nodes if n.name == name and n.getRole() in roles]
    if direct:
        showing = [n for n in direct if tree.showing(n)]
        return (showing or direct)[0], "by name"
    if roles & tree.combo_roles:
        for label in nodes:
            if label.getRole() in tree.label_roles and label_name(label.name) == name:
                for target in tree.targets(label, tree.at.RELATION_LABEL_FOR):
                    if target is not None and target.getRole() in roles:
                        return target, "through its label %r (named %r after its current item)" % (
                            label.name, target.name)
    same_name = [tree.describe(n) for n in nodes if n.name == name]
    if same_name:
        return None, "only with other roles: " + ", ".join(same_name)
    return None, "not in the tree"


def label_relation(tree, nodes, node, name):
    """(ok, words): whether a label names node through LABEL_FOR, and whether node points back."""
    labels = [label for label in nodes if label.getRole() in tree.label_roles
              and label_name(label.name) == name
              and node in tree.targets(label, tree.at.RELATION_LABEL_FOR)]
    back = [label for label in tree.targets(node, tree.at.RELATION_LABELLED_BY)
            if label is not None and label_name(label.name) == name]
    if labels and back:
        return True, "label %r <-> labelled-by" % labels[0].name
    if labels:
        return True, "label %r -> label-for (no labelled-by back)" % labels[0].name
    if back:
        return True, "labelled-by %r" % back[0].name
    return False, "no label relation"


# --- the test ---------------------------------------------------------------------------------------

def run(app_path, children):
    if not os.access(app_path, os.X_OK):
        raise Failure("not an executable program: %s" % app_path)

    start_display(children)
    ensure_a11y_bus(children)
    pyatspi = import_pyatspi()
    tree = Tree(pyatspi)

    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    env.pop("QT_ACCESSIBILITY", None)
    env.pop("NO_AT_BRIDGE", None)
    program = subprocess.Popen([app_path, "--sandbox"], env=env, start_new_session=True)
    children.append(("endpoint-desk", program))
    log("started %s --sandbox (pid %d)" % (app_path, program.pid))

    def application():
        if program.poll() is not None:
            raise Failure("endpoint-desk exited with status %d before it was checked" % program.returncode)
        return tree.find_application(program.pid)

    app = wait_for("endpoint-desk in the desktop's accessible tree", APPEAR_TIMEOUT_S, application)
    log("found application %r in the accessible tree" % app.name)

    def window_ready():
        app.clear_cache()
        nodes = tree.walk(app)
        buttons = [n for n in nodes if n.name == "Create endpoint" and n.getRole() in tree.button_roles]
        return nodes if buttons and tree.showing(buttons[0]) else None

    nodes = wait_for("the main window and its \"Create endpoint\" button", APPEAR_TIMEOUT_S, window_ready)
    frames = [n.name for n in nodes if n.getRole() == pyatspi.ROLE_FRAME and n.name]
    log("window: %s; %d accessibles" % (", ".join(repr(f) for f in frames), len(nodes)))

    combo, text, button = tree.combo_roles, tree.text_roles, tree.button_roles
    inputs = [("Profile", combo), ("Region", combo), ("Endpoint override", text), ("Auth method", combo),
              ("Token", text), ("Project ID", combo), ("VPC ID", combo), ("Subnet ID", combo),
              ("Flavor", combo), ("Agency", combo)]
    buttons = [("Sign in", button), ("Create endpoint", button), ("Cancel", button)]
    # Shown once there is an answer; they are in the tree (hidden) from the start.
    results = [("Endpoint IPs", tree.list_roles), ("Domain name", text),
               ("Error", tree.label_roles | text), ("Request ID", text)]
    # The other sign-in methods' fields: in the tree but hidden while the method is Token; not required.
    other_methods = ["Account name", "IAM user name", "Password", "MFA code", "Access key", "Secret key",
                     "Security token"]

    problems = []
    found = {}
    log("-- (1) names and roles")
    for group, must_show in ((inputs, True), (buttons, True), (results, False)):
        for name, roles in group:
            node, how = resolve(tree, nodes, name, roles)
            if node is None:
                problems.append("%r: %s" % (name, how))
                log("  FAIL %-18s %s" % (name, how))
                continue
            found[name] = node
            notes = [how]
            ok = True
            if must_show and not tree.showing(node):
                ok = False
                problems.append("%r is in the tree but not showing" % name)
                notes.append("NOT SHOWING")
            if group is inputs:
                has_label, words = label_relation(tree, nodes, node, name)
                notes.append(words)
                if not has_label:
                    ok = False
                    problems.append("%r has no label relation" % name)
            elif group is results:
                notes.append(label_relation(tree, nodes, node, name)[1])
            log("  %s %-18s %s: %s" % ("ok  " if ok else "FAIL", name, node.getRoleName(), "; ".join(notes)))

    # An editable picker's text field carries the field's name too: a tool can find it and type into it.
    for name in ("Project ID", "VPC ID", "Subnet ID", "Flavor", "Agency"):
        node = found.get(name)
        if node is None:
            continue
        edits = [node.getChildAtIndex(i) for i in range(node.childCount)]
        edits = [e for e in edits if e is not None and e.getRole() in tree.text_roles]
        if not edits:
            problems.append("%r is not an editable combo box (no text field inside)" % name)
            log("  FAIL %-18s no text field inside: ids cannot be typed by hand" % name)
        elif edits[0].name != name:
            problems.append("the text field inside %r is named %r" % (name, edits[0].name))
            log("  FAIL %-18s its text field is named %r" % (name, edits[0].name))
        else:
            log("  ok   %-18s editable: its text field is named %r" % (name, edits[0].name))

    for name in other_methods:
        present = any(n.name == name and n.getRole() in tree.text_roles for n in nodes)
        log("  info %-18s %s" % (name, "in the tree (hidden with Token)" if present else "not in the tree"))

    if problems:
        raise Failure("%d accessibility problem(s): %s" % (len(problems), "; ".join(problems)))

    log("-- (2) create an endpoint through AT-SPI")

    def form_filled():
        values = {}
        for name in ("Project ID", "VPC ID", "Subnet ID"):
            node = found[name]
            node.clear_cache()
            edit = [node.getChildAtIndex(i) for i in range(node.childCount)]
            edit = [e for e in edit if e is not None and e.getRole() in tree.text_roles]
            values[name] = tree.text_of(edit[0]) if edit else node.name
            if not values[name]:
                return None
        return values

    for name, value in wait_for("the sandbox profile to fill project, VPC and subnet", FORM_TIMEOUT_S,
                                form_filled).items():
        log("  %-10s = %s" % (name, value))

    create = found["Create endpoint"]
    create.clear_cache()
    if not tree.enabled(create):
        raise Failure("\"Create endpoint\" is disabled")
    action = create.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    index = next((i for i, n in enumerate(names) if n.lower() == "press"), 0)
    log("  doAction(%d) %r on push button 'Create endpoint' (actions: %s)" % (index, names[index], names))
    if not action.doAction(index):
        raise Failure("the \"Create endpoint\" action was refused")

    ip_list, domain, error = found["Endpoint IPs"], found["Domain name"], found["Error"]

    def answered():
        for node in (ip_list, domain, error):
            node.clear_cache()
        if tree.showing(error):
            text = error.name if error.name != "Error" else ""
            raise Failure("the request failed; the Error view shows: %s" % (tree.text_of(error) or text))
        ips = [ip_list.getChildAtIndex(i) for i in range(ip_list.childCount)]
        ips = [i.name for i in ips if i is not None and i.name]
        name = tree.text_of(domain)
        return (ips, name) if ips and name else None

    ips, domain_name = wait_for("\"Endpoint IPs\" rows and a \"Domain name\"", RESULT_TIMEOUT_S, answered)
    if not tree.showing(ip_list) or not tree.showing(domain):
        raise Failure("the result has values but \"Endpoint IPs\" / \"Domain name\" are not showing")
    log("  Endpoint IPs: %s" % ", ".join(ips))
    log("  Domain name:  %s" % domain_name)
    return len(found), ips


def stop(children):
    """Ends what this test started, newest first, each within a few seconds."""
    for what, process in reversed(children):
        if process.poll() is not None:
            continue
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
        except ProcessLookupError:
            pass
        log("stopped %s (pid %d)" % (what, process.pid))


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2

    def out_of_time(signum, frame):
        raise Timeout("the test ran over %d s" % TOTAL_TIMEOUT_S)

    signal.signal(signal.SIGALRM, out_of_time)
    signal.alarm(TOTAL_TIMEOUT_S)
    started = time.monotonic()
    children = []
    outcome = 1
    try:
        checked, ips = run(sys.argv[1], children)
        outcome = 0
        closing = "PASS: %d accessible names checked; endpoint created through AT-SPI (%s)" % (
            checked, ", ".join(ips))
    except (Failure, Timeout) as error:
        closing = "FAIL: %s" % error
    except Exception as error:  # noqa: BLE001 - anything else is a failure too, reported plainly
        closing = "FAIL: %s: %s" % (type(error).__name__, error)
    finally:
        signal.alarm(0)
        stop(children)
    log("accessibility tree test %s (%.1f s)" % (closing, time.monotonic() - started))
    return outcome


if __name__ == "__main__":
    sys.exit(main())

#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace EndpointDesk {

class MessageBar;
class Workspace;

// Keeps a window open while its workspace is still writing (secrets on their way to the keychain,
// an answer still to record), says "Saving…", and closes the window once all is written. When a
// write fails or the time runs out, the window stays open and says what was not saved.
class QuitGuard : public QObject
{
    Q_OBJECT

public:
    // How long quitting waits before it gives up and says so.
    static constexpr int WaitMs = 15000;

    QuitGuard(Workspace *workspace, QWidget *window, MessageBar *messages);

    // Called from the window's closeEvent once unsaved edits are settled: true when the window
    // may close now. Otherwise the guard waits and closes the window itself when everything is written.
    bool mayClose();
    bool isSaving() const { return m_state == State::Saving; }

private:
    void onWritesSettled(bool allWritten);

    enum class State { Idle, Saving, Done };

    Workspace *m_workspace;
    QPointer<QWidget> m_window;
    MessageBar *m_messages;
    State m_state = State::Idle;
};

} // namespace EndpointDesk

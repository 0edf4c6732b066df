package layers.kernel.channels;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.Loop;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.zeromq.ZMQ;

/**
 * The library's shell (and control) channel with two changes a learner notices:
 * <ul>
 *   <li>it waits for messages with a blocking poll instead of sleeping 50 ms between polls, so a trivial cell
 *       answers in a few milliseconds;</li>
 *   <li>a message whose HMAC signature is wrong is dropped with a line on the kernel's log, instead of ending the
 *       channel's thread (which would leave a kernel that never answers again).</li>
 * </ul>
 * Messages are read, verified and written by the library's own socket code.
 */
final class ResponsiveShellChannel extends ShellChannel {

    private static final int POLL_MILLIS = 50;

    private final boolean isControl;
    private final JupyterConnection connection;
    private volatile Loop loop;

    ResponsiveShellChannel(ZMQ.Context context, HMACGenerator hmac, boolean isControl, JupyterConnection connection) {
        super(context, hmac, isControl, connection, 0);
        this.isControl = isControl;
        this.connection = connection;
    }

    @Override
    public void bind(KernelConnectionProperties props) {
        if (loop != null) {
            throw new IllegalStateException((isControl ? "control" : "shell") + " channel is already bound");
        }
        super.bind(formatAddress(props.getTransport(), props.getIp(),
                isControl ? props.getControlPort() : props.getShellPort()));
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        loop = new Loop(isControl ? "control" : "shell", 0, () -> {
            if (poller.poll(POLL_MILLIS) > 0) {
                handleNext();
            }
        });
        loop.onClose(() -> loop = null);
        loop.start();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void handleNext() {
        Message<?> message;
        try {
            message = readMessage();
        } catch (SecurityException badSignature) {
            logger.warn("Ignored a message on the {} channel: {}", isControl ? "control" : "shell",
                    badSignature.getMessage());
            System.err.println("layers kernel: ignored a message with an invalid signature");
            return;
        }
        if (message == null) {
            return;
        }
        ShellHandler handler = connection.getHandler(message.getHeader().getType());
        if (handler == null) {
            logger.warn("Unhandled message: {}", message.getHeader().getType().getName());
            return;
        }
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
        try {
            handler.handle(env, message);
        } catch (Exception e) {
            logger.warn("Error handling {}: {}", message.getHeader().getType().getName(), e.toString());
        } finally {
            env.resolveDeferrals();
        }
        if (env.isMarkedForShutdown()) {
            connection.close();
        }
    }

    @Override
    public void close() {
        Loop l = loop;
        if (l != null) {
            l.shutdown();
        }
        super.close(); // the library's own loop was never started, so this only closes the socket
    }

    @Override
    public void waitUntilClose() {
        Loop l = loop;
        if (l != null) {
            try {
                l.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package layers.kernel.channels;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The library's Jupyter connection (heartbeat, iopub and stdin channels as they are) with the shell and control
 * channels replaced by {@link ResponsiveShellChannel}s.
 */
public final class LayersConnection extends JupyterConnection {

    private final KernelConnectionProperties props;
    private final ZMQ.Context context;
    private final ShellChannel responsiveShell;
    private final ShellChannel responsiveControl;
    private boolean connected;

    public LayersConnection(KernelConnectionProperties props) throws NoSuchAlgorithmException, InvalidKeyException {
        super(props);
        this.props = props;
        this.context = ZMQ.context(1);
        this.responsiveShell = new ResponsiveShellChannel(context, props.createHMACGenerator(), false, this);
        this.responsiveControl = new ResponsiveShellChannel(context, props.createHMACGenerator(), true, this);
        // The library's own shell and control sockets are never bound; super.close() closes them.
    }

    private List<JupyterSocket> sockets() {
        return List.of(heartbeat, responsiveShell, responsiveControl, stdin, iopub);
    }

    @Override
    public void connect() {
        if (!connected) {
            sockets().forEach(s -> s.bind(props));
            getIOPub().sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
            connected = true;
        }
    }

    @Override
    public void close() {
        responsiveShell.close();
        responsiveControl.close();
        context.close();
        super.close(); // heartbeat, stdin, iopub and the library's unused sockets
    }

    @Override
    public void waitUntilClose() {
        sockets().forEach(JupyterSocket::waitUntilClose);
    }
}

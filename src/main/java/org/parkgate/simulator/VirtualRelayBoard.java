package org.parkgate.simulator;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalIn;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalOut;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.parkgate.gate.modbus.SerialSettings;

/**
 * A barrier's relay board in software, as a Modbus RTU slave on a serial port: coil 0 is the open
 * contact, coil 1 the close contact, discrete input 0 the arm-up sensor, input 1 the vehicle loop.
 * The arm takes {@code riseMillis} to rise and falls again {@code holdMillis} after it is up with
 * the loop clear (unless the open contact is held). Prints every change; on standard input,
 * {@code car} puts a vehicle on the loop and {@code gone} takes it away.
 *
 * <p>{@code java -jar parkgate.jar simulate-board --port <tty> [--baud 9600] [--unit 1]}
 */
public final class VirtualRelayBoard implements AutoCloseable {

    static final long TICK_MILLIS = 50;

    private final SimpleProcessImage image = new SimpleProcessImage();
    private final SimpleDigitalIn[] inputs = new SimpleDigitalIn[8];
    private final ModbusSlave slave;
    private final PrintStream out;
    private final long riseMillis;
    private final long holdMillis;
    private final ScheduledExecutorService physics = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "virtual-board");
        thread.setDaemon(true);
        return thread;
    });
    private boolean openContact;
    private boolean closeContact;
    private long risingSince = -1;
    private long upSince = -1;

    public VirtualRelayBoard(String port, int baud, int unit, long riseMillis, long holdMillis, PrintStream out)
            throws ModbusException {
        this.out = out;
        this.riseMillis = riseMillis;
        this.holdMillis = holdMillis;
        for (int i = 0; i < 8; i++) {
            image.addDigitalOut(new SimpleDigitalOut(false));
            inputs[i] = new SimpleDigitalIn(false);
            image.addDigitalIn(inputs[i]);
        }
        slave = ModbusSlaveFactory.createSerialSlave(SerialSettings.rtu(port, baud));
        slave.addProcessImage(unit, image);
        slave.open();
        out.printf("virtual relay board on %s, %d baud, unit %d: coil 0 opens, coil 1 closes, input 0 = arm is"
                + " up, input 1 = vehicle on the loop%n", port, baud, unit);
        physics.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private synchronized void tick() {
        long now = System.currentTimeMillis();
        boolean open = image.getDigitalOut(0).isSet();
        boolean close = image.getDigitalOut(1).isSet();
        if (open != openContact) {
            openContact = open;
            out.println("coil 0 (open contact) " + (open ? "ON" : "OFF"));
        }
        if (close != closeContact) {
            closeContact = close;
            out.println("coil 1 (close contact) " + (close ? "ON" : "OFF"));
        }
        boolean up = armUp();
        if (open && !up && risingSince < 0) {
            risingSince = now;
            out.println("arm: rising");
        }
        if (risingSince >= 0 && now - risingSince >= riseMillis) {
            risingSince = -1;
            upSince = now;
            inputs[0].set(true);
            out.println("arm: up");
        }
        boolean loop = inputs[1].isSet();
        if (up && (close || !open && !loop && now - upSince >= holdMillis)) {
            inputs[0].set(false);
            upSince = -1;
            out.println("arm: down");
        }
    }

    public synchronized boolean armUp() {
        return inputs[0].isSet();
    }

    public synchronized boolean contactClosed(int coil) {
        return image.getDigitalOut(coil).isSet();
    }

    /** A vehicle drives onto the loop ({@code true}) or leaves it. */
    public synchronized void vehicle(boolean onLoop) {
        inputs[1].set(onLoop);
        if (!onLoop && armUp()) {
            upSince = System.currentTimeMillis() - holdMillis + 500; // down shortly after the car passed
        }
        out.println(onLoop ? "vehicle on the loop" : "loop clear");
    }

    @Override
    public void close() {
        physics.shutdownNow();
        ModbusSlaveFactory.close(slave);
    }

    /** The {@code simulate-board} command. */
    public static void main(String[] args) throws Exception {
        String port = null;
        int baud = 9600;
        int unit = 1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = args[i + 1];
                case "--baud" -> baud = Integer.parseInt(args[i + 1]);
                case "--unit" -> unit = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (port == null) {
            System.err.println("usage: java -jar parkgate.jar simulate-board --port <tty> [--baud 9600] [--unit 1]");
            System.exit(2);
        }
        try (var board = new VirtualRelayBoard(port, baud, unit, 1500, 5000, System.out)) {
            Runtime.getRuntime().addShutdownHook(new Thread(board::close));
            var input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = input.readLine()) != null) {
                switch (line.strip()) {
                    case "car" -> board.vehicle(true);
                    case "gone" -> board.vehicle(false);
                    default -> System.out.println("commands: car, gone");
                }
            }
            Thread.currentThread().join(); // standard input closed (a service): keep serving
        }
    }
}

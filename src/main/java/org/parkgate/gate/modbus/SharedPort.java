package org.parkgate.gate.modbus;

import com.ghgande.j2mod.modbus.facade.ModbusSerialMaster;

/**
 * One serial port with its Modbus master, shared by the lanes wired to it (different units):
 * every exchange holds the port, so frames never interleave. A failed exchange drops the
 * connection; the next one opens the port again, so a board or cable that comes back is used again
 * without a restart.
 */
final class SharedPort {

    /** How long a board has to answer one request. */
    static final int TIMEOUT_MILLIS = 300;

    @FunctionalInterface
    interface Exchange<T> {
        T run(ModbusSerialMaster master) throws Exception;
    }

    private final String name;
    private final int baud;
    private ModbusSerialMaster master;

    SharedPort(String name, int baud) {
        this.name = name;
        this.baud = baud;
    }

    synchronized <T> T exchange(Exchange<T> exchange) throws Exception {
        if (master == null || !master.isConnected()) {
            var fresh = new ModbusSerialMaster(SerialSettings.rtu(name, baud), TIMEOUT_MILLIS);
            fresh.setRetries(0); // the adapter counts its own retries
            fresh.connect();
            master = fresh;
        }
        try {
            return exchange.run(master);
        } catch (Exception failed) {
            master.disconnect();
            master = null;
            throw failed;
        }
    }

    synchronized void close() {
        if (master != null) {
            master.disconnect();
            master = null;
        }
    }

    String name() {
        return name;
    }
}

package org.parkgate.gate.modbus;

import com.ghgande.j2mod.modbus.Modbus;
import com.ghgande.j2mod.modbus.util.SerialParameters;

/** The serial line of RS-485 relay boards: 8 data bits, no parity, 1 stop bit, RTU framing. */
public final class SerialSettings {

    private SerialSettings() {
    }

    public static SerialParameters rtu(String port, int baud) {
        var parameters = new SerialParameters();
        parameters.setPortName(port);
        parameters.setBaudRate(baud);
        parameters.setDatabits(8);
        parameters.setParity("None");
        parameters.setStopbits(1);
        parameters.setEncoding(Modbus.SERIAL_ENCODING_RTU);
        parameters.setEcho(false);
        return parameters;
    }
}

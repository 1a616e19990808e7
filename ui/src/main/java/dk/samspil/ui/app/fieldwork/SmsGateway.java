package dk.samspil.ui.app.fieldwork;

import java.io.IOException;

/** Sends a text message to a mobile number, for respondents listed with a number and no e-mail address. */
public interface SmsGateway {

    /** @throws IOException when the gateway did not take the message */
    void send(String phone, String text) throws IOException;
}

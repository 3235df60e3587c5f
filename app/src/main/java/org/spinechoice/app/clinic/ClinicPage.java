package org.spinechoice.app.clinic;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.spinechoice.app.access.SecuredRoutes;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.platform.Messages;

/**
 * What every page of the clinic workspace needs: the messages, who is signed in and the CSRF token its forms carry;
 * and how it is sent: never cached, since it holds patient data.
 */
public final class ClinicPage {

    private ClinicPage() {}

    public static Map<String, Object> model(Context ctx, StaffMember staff, Messages messages) {
        Map<String, Object> model = new HashMap<>();
        model.put("msg", messages);
        model.put("staff", staff);
        model.put("csrf", SecuredRoutes.csrfToken(ctx));
        return model;
    }

    public static void send(Context ctx, String html) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/html; charset=utf-8").result(html);
    }
}

package dk.samspil.ui.web.tokens;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.ui.app.accounts.ApiToken;
import dk.samspil.ui.app.accounts.IssuedToken;
import dk.samspil.ui.app.accounts.TokenService;
import dk.samspil.ui.web.MainLayout;
import jakarta.annotation.security.PermitAll;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Personal tokens for the read API: every signed-in user creates, lists and revokes their own;
 * admins see and revoke everybody's. A new token is shown once; the service checks every action.
 */
@Route(value = "tokens", layout = MainLayout.class)
@Menu(title = "tokens.menu", order = 13)
@PermitAll
public class TokensView extends Div implements AfterNavigationObserver {

    /** The lifetimes offered; the command line takes any number of days from 1 to 365. */
    static final List<Integer> DAYS = List.of(7, 30, 90, 180, 365);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Copenhagen"));

    private final TokenService service;
    private final Grid<ApiToken> tokens = new Grid<>();
    private final Paragraph status = new Paragraph();
    private final Div issued = new Div();
    private TokenService.Listing listing;

    public TokensView(TokenService service) {
        this.service = service;
        addClassName("tokens-view");
        status.setId("tokens-status");
        issued.setId("tokens-issued");
        tokens.setId("tokens-grid");
        tokens.setAllRowsVisible(true);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        removeAll();
        // a token shown before is not shown again, not even after a reload
        issued.removeAll();
        issued.setVisible(false);
        boolean everybody = service.managesAll();
        tokens.removeAllColumns();
        if (everybody) {
            tokens.addColumn(ApiToken::username).setHeader(getTranslation("tokens.column.user")).setAutoWidth(true);
        }
        tokens.addColumn(ApiToken::label).setHeader(getTranslation("tokens.column.label"));
        tokens.addColumn(t -> getTranslation("tokens.status." + listing.status(t).name())).setHeader(getTranslation("tokens.column.status"))
                .setAutoWidth(true);
        tokens.addColumn(t -> time(t.createdAt())).setHeader(getTranslation("tokens.column.created")).setAutoWidth(true);
        tokens.addColumn(t -> time(t.expiresAt())).setHeader(getTranslation("tokens.column.expires")).setAutoWidth(true);
        tokens.addColumn(t -> time(t.lastUsedAt())).setHeader(getTranslation("tokens.column.lastUsed")).setAutoWidth(true);
        tokens.addComponentColumn(this::revokeButton);
        refresh();
        add(new H2(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.intro")), status, createForm(), issued,
                new H3(getTranslation(everybody ? "tokens.list.all" : "tokens.list.own")), tokens);
    }

    private Div createForm() {
        TextField label = new TextField(getTranslation("tokens.field.label"));
        label.setId("tokens-label");
        label.setMaxLength(100);
        Select<Integer> days = new Select<>();
        days.setId("tokens-days");
        days.setLabel(getTranslation("tokens.field.days"));
        days.setItems(DAYS);
        days.setItemLabelGenerator(d -> getTranslation("tokens.days", d));
        days.setValue(90);
        Button create = new Button(getTranslation("tokens.create"), click -> act(() -> {
            IssuedToken made = service.createOwn(label.getValue(), Duration.ofDays(days.getValue()));
            label.clear();
            show(made);
            return getTranslation("tokens.created", made.info().id());
        }));
        create.setId("tokens-create");
        Div form = new Div(new H3(getTranslation("tokens.create")), label, days, create);
        form.addClassName("tokens-form");
        return form;
    }

    /** The token's only appearance: selectable text, a copy button and a warning that it will not be shown again. */
    private void show(IssuedToken made) {
        TextField token = new TextField(getTranslation("tokens.new"));
        token.setId("tokens-new");
        token.setValue(made.token());
        token.setReadOnly(true);
        token.setWidthFull();
        Button copy = new Button(getTranslation("tokens.copy"),
                click -> click.getSource().getElement().executeJs("navigator.clipboard.writeText($0)", made.token()));
        copy.setId("tokens-copy");
        Button done = new Button(getTranslation("tokens.done"), click -> {
            issued.removeAll();
            issued.setVisible(false);
        });
        done.setId("tokens-done");
        Paragraph hint = new Paragraph(getTranslation("tokens.once", TIME.format(made.info().expiresAt())));
        hint.setId("tokens-once");
        issued.removeAll();
        issued.add(hint, token, copy, done);
        issued.setVisible(true);
    }

    private Button revokeButton(ApiToken token) {
        Button revoke = new Button(getTranslation("tokens.revoke"), click -> act(() -> {
            service.revoke(token.id());
            return getTranslation("tokens.revoked", token.label().isEmpty() ? token.id() : token.label());
        }));
        revoke.setId("tokens-revoke-" + token.id());
        ApiToken.Status now = listing.status(token);
        revoke.setEnabled(now == ApiToken.Status.ACTIVE || now == ApiToken.Status.ACCOUNT_DISABLED);
        return revoke;
    }

    private interface Action {
        String run();
    }

    /** Runs an action and says what happened, or what was refused and why; the list then shows the result. */
    private void act(Action action) {
        try {
            status.setText(action.run());
            status.removeClassName("tokens-refused");
        } catch (RuntimeException e) {
            status.setText(getTranslation("tokens.refused", e.getMessage()));
            status.addClassName("tokens-refused");
        }
        refresh();
    }

    private void refresh() {
        listing = service.visible();
        tokens.setItems(listing.tokens());
    }

    private static String time(Instant at) {
        return at == null ? "–" : TIME.format(at);
    }
}

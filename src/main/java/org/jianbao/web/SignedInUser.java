package org.jianbao.web;

import java.security.Principal;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in user's name, shown in every page's header: one place for all the page controllers. */
@ControllerAdvice(assignableTypes = {Pages.class, DeliveriesPage.class, SpeechAndTemplatesPage.class})
@Profile("serve")
class SignedInUser {

    @ModelAttribute("user")
    String user(Principal user) {
        return user == null ? "" : user.getName();
    }
}

-- DATA-1 (issue 14): oauth2_authorization keeps tokens and the consent state only as keyed hashes and the attributes
-- and token metadata (the claims) sealed (federation/SealedAuthorizations). Rows written before hold them in clear
-- and could not be read any more: they are removed. They are short-lived (codes 5 minutes, access tokens 10, refresh
-- tokens 12 hours); applications sign the person in again, and consents (oauth2_authorization_consent) are kept.
delete from oauth2_authorization;

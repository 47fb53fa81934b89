// Passkeys (WebAuthn): the registration ceremony on /account/passkeys and the authentication ceremony on the code
// step of sign-in. Each ceremony is a [data-passkey-ceremony="create"|"get"] block holding a form whose
// data-options-url gives the options (POSTed with the form's CSRF token); the browser's answer is put in the form's
// [data-passkey-result] field as JSON and the form is submitted, so the server verifies it. Without this file (or
// without passkey support) the blocks stay hidden and the rest of the page works as before.
(function () {
  'use strict';
  if (!window.PublicKeyCredential || !navigator.credentials) {
    return;
  }

  function toBytes(text) {
    var base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) {
      base64 += '=';
    }
    var binary = atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function toText(buffer) {
    if (!buffer) {
      return null;
    }
    var bytes = new Uint8Array(buffer);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function descriptors(list) {
    return (list || []).map(function (d) {
      return { type: d.type, id: toBytes(d.id), transports: d.transports };
    });
  }

  function creationOptions(json) {
    var options = Object.assign({}, json);
    options.challenge = toBytes(json.challenge);
    options.user = Object.assign({}, json.user, { id: toBytes(json.user.id) });
    options.excludeCredentials = descriptors(json.excludeCredentials);
    return options;
  }

  function requestOptions(json) {
    var options = Object.assign({}, json);
    options.challenge = toBytes(json.challenge);
    options.allowCredentials = descriptors(json.allowCredentials);
    return options;
  }

  function asJson(credential) {
    if (typeof credential.toJSON === 'function') {
      return JSON.stringify(credential.toJSON());
    }
    var r = credential.response;
    var response = { clientDataJSON: toText(r.clientDataJSON) };
    if (r.attestationObject) {
      response.attestationObject = toText(r.attestationObject);
      response.transports = (typeof r.getTransports === 'function') ? r.getTransports() : [];
    } else {
      response.authenticatorData = toText(r.authenticatorData);
      response.signature = toText(r.signature);
      response.userHandle = toText(r.userHandle);
    }
    return JSON.stringify({
      id: credential.id,
      rawId: toText(credential.rawId),
      type: credential.type,
      authenticatorAttachment: credential.authenticatorAttachment || null,
      response: response,
      clientExtensionResults: credential.getClientExtensionResults()
    });
  }

  function setUp(block) {
    var kind = block.getAttribute('data-passkey-ceremony');
    var form = block.querySelector('form');
    var button = block.querySelector('[data-passkey-start]');
    var result = block.querySelector('[data-passkey-result]');
    var error = block.querySelector('[data-passkey-error]');
    block.hidden = false;
    button.addEventListener('click', function () {
      button.disabled = true;
      error.hidden = true;
      var token = form.querySelector('input[name="_csrf"]');
      var body = new URLSearchParams();
      if (token) {
        body.append('_csrf', token.value);
      }
      fetch(form.getAttribute('data-options-url'), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Accept': 'application/json' },
        body: body
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('options ' + response.status);
        }
        return response.json();
      }).then(function (json) {
        return (kind === 'create')
          ? navigator.credentials.create({ publicKey: creationOptions(json) })
          : navigator.credentials.get({ publicKey: requestOptions(json) });
      }).then(function (credential) {
        result.value = asJson(credential);
        form.submit();
      }).catch(function () {
        button.disabled = false;
        error.hidden = false;
      });
    });
  }

  var blocks = document.querySelectorAll('[data-passkey-ceremony]');
  for (var i = 0; i < blocks.length; i++) {
    setUp(blocks[i]);
  }
  var notes = document.querySelectorAll('[data-passkey-needs-script]');
  for (var j = 0; j < notes.length; j++) {
    notes[j].hidden = true;
  }
})();

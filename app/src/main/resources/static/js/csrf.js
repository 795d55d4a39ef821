// htmx requests carry the CSRF token as a header (the token is in the page's <meta name="_csrf">).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && event.detail.verb !== 'get') {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});

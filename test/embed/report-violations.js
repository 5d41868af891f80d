// Collects CSP violations for the test to read (a module from 'self', so the CSP allows it).
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
});

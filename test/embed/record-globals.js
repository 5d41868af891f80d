// Notes the page's globals before the storefront loads, so the test can see what it adds.
window.globalsBefore = Object.keys(window);

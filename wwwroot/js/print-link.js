// "Print your list" is a link to a print-friendly page, so it works without scripts. With scripts, it
// prints the page being read straight away: the print styles leave only the list.
for (const link of document.querySelectorAll("[data-lo-print]")) {
  link.addEventListener("click", (event) => {
    event.preventDefault();
    window.print();
  });
}

-- The Open Referral API under a mix of what a council's partners ask: searches, filters, venues near a
-- postcode, and single services in full. IDS (a file of service ids, one a line) gives the services.
local base = "/api/openreferral/v3"
local paths = {
  "/services?search=autism",
  "/services?search=speech&minimum_age=2&per_page=20",
  "/services?page=3&per_page=50",
  "/services?day=SA&start_time=09:00",
  "/service_at_locations?postcode=BA2+3EP&proximity=5000",
  "/service_at_locations?postcode=BS31+1EH&proximity=16000&search=club",
  "/taxonomy_terms?per_page=100",
  "/organizations?page=2",
}
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local i = 0
request = function()
  i = i + 1
  if i % 2 == 0 then return wrk.format("GET", base .. "/services/" .. ids[(i / 2) % #ids + 1]) end
  return wrk.format("GET", base .. paths[math.floor(i / 2) % #paths + 1])
end

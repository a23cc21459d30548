-- A realistic mix of family searches: words, filters and postcodes together, as the /services
-- address carries them. Each request picks the next address in turn.
local paths = {
  "/services?q=autism",
  "/services?q=speech&age=3-5",
  "/services?q=swimming&postcode=BA2+3EP&radius=5",
  "/services?postcode=BS31+1EH&radius=10&free=true",
  "/services?q=respite&age=12-15",
  "/services?category=health&need=autism",
  "/services?q=short+breaks&postcode=BA1&radius=5&day=saturday",
  "/services?q=my+4+year+old+isnt+talking",
  "/services?q=autsim+club",
  "/services?age=6-11&delivery=online",
  "/services?q=physio&postcode=BA3+3AA&radius=20&sort=a-z",
  "/services?q=club&page=3",
  "/services?q=ADHD+parenting&postcode=ba23ep",
  "/services?category=leisure&age=16-18&free=true",
  "/services?q=sensory+play+session&need=sensory-physical",
  "/services",
}
-- With UNIQUE=1 every address gets a parameter the page ignores, so no answer comes from the
-- output cache and every search is computed.
local unique = os.getenv("UNIQUE") == "1"
local i, n = 0, 0
request = function()
  i = i % #paths + 1
  n = n + 1
  local path = paths[i]
  if unique then
    path = path .. (string.find(path, "?", 1, true) and "&" or "?") .. "n=" .. n .. "-" .. math.random(1000000000)
  end
  return wrk.format("GET", path)
end

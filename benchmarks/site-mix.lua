-- What a busy day looks like after a letter to every family: the home page, searches with filters and
-- postcodes, service pages, and parents sending comments (about one request in ten is a form post).
-- SLUGS names a file of service page slugs; TOKEN and COOKIE are an anti-forgery token and its cookie.
local searches = {
  "/services?q=autism", "/services?q=speech&age=3-5", "/services?q=swimming&postcode=BA2+3EP&radius=5",
  "/services?postcode=BS31+1EH&radius=10&free=true", "/services?category=health&need=autism",
  "/services?q=short+breaks&postcode=BA1&radius=5&day=saturday", "/services?age=6-11&delivery=online",
  "/services?category=leisure&age=16-18&free=true",
}
local slugs = {}
for line in io.lines(os.getenv("SLUGS")) do slugs[#slugs + 1] = line end
local token, cookie = os.getenv("TOKEN"), os.getenv("COOKIE")
local i = 0
request = function()
  i = i + 1
  local kind = i % 10
  if kind == 0 then
    local body = "Form.Topic=Missing&Form.GivenBy=ParentOrCarer&Form.Text=Load+test+comment+" .. i ..
      "%3A+please+add+more+holiday+clubs.&Form.ReplyEmail=&Form.AgreeToReply=false&Form.Website=&__RequestVerificationToken=" .. token
    return wrk.format("POST", "/feedback", { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie }, body)
  elseif kind <= 3 then
    return wrk.format("GET", "/")
  elseif kind <= 6 then
    return wrk.format("GET", searches[i % #searches + 1])
  else
    return wrk.format("GET", "/services/" .. slugs[i % #slugs + 1])
  end
end

sitrepSearchData("docs/d-43bl",{"k":"organization","n":["Hudson Institute"],"t":"Hudson Institute","u":"organizations/hudson-institute.html","x":"Washington conservative think tank."});

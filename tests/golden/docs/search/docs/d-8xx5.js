sitrepSearchData("docs/d-8xx5",{"k":"place","n":["Europe"],"t":"Europe","u":"places/europe.html","x":""});

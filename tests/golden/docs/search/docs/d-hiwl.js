sitrepSearchData("docs/d-hiwl",{"k":"place","n":["United Kingdom","Britain","Great Britain","U.K.","UK"],"t":"United Kingdom","u":"places/united-kingdom.html","x":""});

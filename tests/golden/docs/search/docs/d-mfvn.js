sitrepSearchData("docs/d-mfvn",{"k":"place","n":["Soledar","Соледар"],"t":"Soledar","u":"places/soledar.html","x":""});

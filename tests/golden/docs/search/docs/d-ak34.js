sitrepSearchData("docs/d-ak34",{"k":"place","n":["Russia","RU","Russian Federation","Россия","Росія"],"t":"Russia","u":"places/russia.html","x":""});

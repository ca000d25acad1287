sitrepSearchData("docs/d-4dhb",{"k":"place","n":["Bakhmut","Artemivsk","Artemovsk","Artyomovsk","Артемовск","Артемівськ","Бахмут"],"t":"Bakhmut","u":"places/bakhmut.html","x":""});

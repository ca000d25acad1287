sitrepSearchData("docs/d-81ih",{"k":"place","n":["Novopavlivka","Novopavlovka","Новопавловка","Новопавлівка"],"t":"Novopavlivka","u":"places/novopavlivka-dnipropetrovsk-oblast.html","x":""});

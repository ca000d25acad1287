sitrepSearchData("docs/d-d9wf",{"k":"place","n":["Kherson","Херсон"],"t":"Kherson","u":"places/kherson.html","x":""});

sitrepSearchData("docs/d-ajop",{"k":"place","n":["Ukraine","Украина","Україна"],"t":"Ukraine","u":"places/ukraine.html","x":""});

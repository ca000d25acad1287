sitrepSearchData("docs/d-a5zg",{"k":"place","n":["Kyiv","Kiev","Kyyiv","Киев","Київ"],"t":"Kyiv","u":"places/kyiv.html","x":"Capital of Ukraine."});

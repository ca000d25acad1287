sitrepSearchData("terms/t-pol",{"poland":"HGRk8","policy":"zLY28BVWj8yFVt8ARR68DGWq8yVD58yHNg8CVk2","political":"QJ_j8"});

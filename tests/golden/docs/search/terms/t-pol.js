sitrepSearchData("terms/t-pol",{"poland":"HGRk8","policy":"zLY28IVFm8AERl8xxE58ywZ08yVD58yHNg8CVk2","political":"QJ_j8"});

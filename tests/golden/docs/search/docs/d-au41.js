sitrepSearchData("docs/d-au41",{"k":"organization","n":["Stand Together"],"t":"Stand Together","u":"organizations/stand-together.html","x":"American philanthropic network founded by Charles Koch."});

sitrepSearchData("terms/t-soc",{"social":"FEza8Dxye8AERl8HFS98"});

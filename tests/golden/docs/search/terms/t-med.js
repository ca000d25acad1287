sitrepSearchData("terms/t-med",{"media":"FEza8Dxye8AERl8xxE58GEK48"});

sitrepSearchData("terms/t-pub",{"public":"MFBo8AERl8EJTe2"});

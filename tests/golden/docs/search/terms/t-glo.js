sitrepSearchData("terms/t-glo",{"global":"MFBo8AERl8EJTe2"});

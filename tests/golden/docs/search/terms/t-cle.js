sitrepSearchData("terms/t-cle",{"clear":"QNXdg"});

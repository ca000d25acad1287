sitrepSearchData("terms/t-tro",{"troops":"Cx_u2HPBax0yYS5gxxE5o"});

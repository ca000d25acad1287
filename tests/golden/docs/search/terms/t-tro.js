sitrepSearchData("terms/t-tro",{"troops":"Cx_u2zDSnoyFVtgEETkx0"});

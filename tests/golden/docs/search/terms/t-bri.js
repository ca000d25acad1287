sitrepSearchData("terms/t-bri",{"brigade":"JzHiiANVmgCZNca","brigades":"NRB8o","britain":"U-Ll6","british":"DUFb8PEIp8"});
